package org.rarewatch.engine.stats;

/**
 * Wilson score interval for a proportion x/n (Wilson 1927; the method PHEindicatormethods uses).
 * x may be fractional: waiting-times counts carry halves when a breach is shared between providers.
 */
public final class Wilson {

    public static final String METHOD = "Wilson";

    private Wilson() {
    }

    /**
     * @return the interval as proportions of 1, or {@code (NaN, NaN)} when n is 0 (no proportion exists)
     * @throws IllegalArgumentException when x is negative or greater than n
     */
    public static Interval interval(double x, double n, Confidence confidence) {
        if (n < 0 || x < 0 || x > n || Double.isNaN(x) || Double.isNaN(n)) {
            throw new IllegalArgumentException("Wilson interval needs 0 <= x <= n, got x=" + x + ", n=" + n);
        }
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double z = confidence.z();
        double z2 = z * z;
        double centre = 2 * x + z2;
        double spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
        double denominator = 2 * (n + z2);
        return new Interval((centre - spread) / denominator, (centre + spread) / denominator);
    }
}
