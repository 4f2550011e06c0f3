package org.rarewatch.app.render;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a time series: a proportion in [0, 1] with its 95% interval. A null value means the figure
 * is not available (suppressed or not published); it is left out of the chart and shown as such in the
 * table. Monthly series use the first day of the month.
 */
public record DatedValue(LocalDate date, Double value, Double lower, Double upper) {
    public DatedValue {
        Objects.requireNonNull(date, "date");
        Estimates.check(value, lower, upper);
    }

    public static DatedValue of(LocalDate date, double value, double lower, double upper) {
        return new DatedValue(date, value, lower, upper);
    }
}
