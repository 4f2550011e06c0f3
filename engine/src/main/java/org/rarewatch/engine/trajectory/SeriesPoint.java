package org.rarewatch.engine.trajectory;

import java.math.BigDecimal;

/**
 * One observed period of a proportion: the period ("2019" or "2023-10"), the counts when published, and the
 * value with its 95% limits as proportions of 1. A null value (suppressed, not available) is skipped.
 *
 * @throws IllegalArgumentException for an unparseable period, a value or limit outside [0, 1] or not a
 *                                  number, a negative count, or a numerator above its denominator
 */
public record SeriesPoint(String period, BigDecimal numerator, BigDecimal denominator, Double value, Double lower95,
                          Double upper95) {

    public SeriesPoint {
        Period.parse(period);
        requireProportion("value", period, value);
        requireProportion("lower95", period, lower95);
        requireProportion("upper95", period, upper95);
        if ((numerator != null && numerator.signum() < 0) || (denominator != null && denominator.signum() < 0)) {
            throw new IllegalArgumentException("counts must not be negative in " + period + ", got " + numerator + "/"
                    + denominator);
        }
        if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
            throw new IllegalArgumentException("numerator above denominator in " + period + ": " + numerator + "/"
                    + denominator);
        }
    }

    /** A published value with its 95% limits and no counts. */
    public static SeriesPoint published(String period, Double value, Double lower95, Double upper95) {
        return new SeriesPoint(period, null, null, value, lower95, upper95);
    }

    /** A value without counts or limits (null when suppressed or not available). */
    public static SeriesPoint of(String period, Double value) {
        return new SeriesPoint(period, null, null, value, null, null);
    }

    boolean hasCounts() {
        return numerator != null && denominator != null;
    }

    private static void requireProportion(String name, String period, Double p) {
        if (p != null && !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " in " + period + " must be a proportion in [0, 1], got " + p);
        }
    }
}
