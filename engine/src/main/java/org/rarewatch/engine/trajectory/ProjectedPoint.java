package org.rarewatch.engine.trajectory;

import java.time.LocalDate;

/**
 * The projected trend at one future period (date: 1 January of the year, or the first day of the month) or
 * at the target date itself, as a proportion of 1 with its 95% interval.
 */
public record ProjectedPoint(String period, LocalDate date, double value, double lower95, double upper95) {
}
