package org.rarewatch.engine.trajectory;

/** How often a series is measured, read from its period strings: "2019" is annual, "2023-10" monthly. */
public enum Cadence {
    ANNUAL,
    MONTHLY;

    /**
     * @throws IllegalArgumentException when the period is neither "YYYY" nor "YYYY-MM"
     */
    public static Cadence of(String period) {
        return Period.parse(period).cadence();
    }
}
