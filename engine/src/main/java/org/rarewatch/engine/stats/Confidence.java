package org.rarewatch.engine.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** A two-sided confidence level, such as 0.95 or 0.998, with its standard normal quantile. */
public record Confidence(double level) {

    public static final Confidence NINETY_FIVE = new Confidence(0.95);
    public static final Confidence NINETY_NINE_POINT_EIGHT = new Confidence(0.998);

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    public Confidence {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, not " + level);
        }
    }

    /** z such that P(-z < Z < z) = level. */
    public double z() {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** "95%" or "99.8%". */
    public String label() {
        return java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString() + "%";
    }
}
