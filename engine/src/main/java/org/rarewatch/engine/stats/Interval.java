package org.rarewatch.engine.stats;

/** A confidence interval; either bound may be {@code NaN} when the method gives none. */
public record Interval(double lower, double upper) {
}
