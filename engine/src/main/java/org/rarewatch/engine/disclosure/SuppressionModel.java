package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.util.List;

/**
 * The internal form both table kinds are reduced to: cells with one or more counts (a generic table has
 * one; an indicator row has numerator and denominator, any of which may be absent), a national flag, a
 * hidden flag for cells that exist only to close an equation (an unpublished residual such as "sex not
 * known"), and additive equations {total, component, ...} over cell indices.
 */
record SuppressionModel(BigDecimal[][] counts, boolean[] national, boolean[] hidden, List<int[]> equations) {

    int size() {
        return counts.length;
    }

    /** First present count, the one complementary cells are ranked by. */
    BigDecimal rankingCount(int cell) {
        for (BigDecimal count : counts[cell]) {
            if (count != null) {
                return count;
            }
        }
        return BigDecimal.ZERO;
    }

    boolean allZero(int cell) {
        for (BigDecimal count : counts[cell]) {
            if (count != null && count.signum() != 0) {
                return false;
            }
        }
        return true;
    }
}
