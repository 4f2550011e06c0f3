package org.rarewatch.engine.trajectory;

/**
 * The trend of a series with its 95% interval: the annual percent change of an annual series
 * ({@link #ANNUAL_PERCENT_CHANGE}, "% per year") or the linear slope of a monthly one
 * ({@link #MONTHLY_SLOPE}, "percentage points per month").
 */
public record Trend(String kind, double estimate, double lower95, double upper95, String unit, String method) {

    public static final String ANNUAL_PERCENT_CHANGE = "annual percent change";
    public static final String PERCENT_PER_YEAR = "% per year";
    public static final String MONTHLY_SLOPE = "monthly slope";
    public static final String POINTS_PER_MONTH = "percentage points per month";
}
