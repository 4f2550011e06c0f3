package org.rarewatch.app.figures;

import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * Waiting-times rows carry their value as a percentage (within / total x 100) and registry rows as a share of
 * 1; pages and trajectories work on shares of 1.
 */
public final class Proportions {
    private Proportions() {
    }

    /** What the row's value must be divided by to give a share of 1. */
    public static double scale(IndicatorRow row) {
        return row.indicator().startsWith("cwt_") ? 100 : 1;
    }

    public static Double share(IndicatorRow row, Double value) {
        return value == null ? null : value / scale(row);
    }
}
