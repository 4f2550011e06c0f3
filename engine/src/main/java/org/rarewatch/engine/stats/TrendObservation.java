package org.rarewatch.engine.stats;

/**
 * One point of a time series for {@link AnnualPercentChange} or {@link ProportionProjection}: a time in
 * years (e.g. 2019, or 2019.5 for mid-year), a value, and the weight the point gets in a weighted fit.
 * The weight is the inverse of the (relative) variance of the transformed value; unweighted fits ignore it.
 */
public record TrendObservation(double time, double value, double weight) {

    public TrendObservation {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("time must be a finite number, got " + time);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value at time " + time + " must be a finite number, got " + value);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight at time " + time + " must be a positive number, got " + weight);
        }
    }

    /** A value with weight 1, for unweighted fits. */
    public static TrendObservation of(double time, double value) {
        return new TrendObservation(time, value, 1);
    }

    /**
     * A rate from {@code events} events. Weighted fits of ln(rate) use weight = events, the inverse of the
     * delta-method variance of ln(rate) under a Poisson count, var(ln r) ~ 1/events.
     */
    public static TrendObservation rate(double time, double rate, double events) {
        return new TrendObservation(time, rate, events);
    }

    /**
     * The proportion x/n for {@link ProportionProjection} (logit scale). Its weight is the inverse of the
     * delta-method variance of logit(p), var(logit p) ~ 1/(n p (1-p)), i.e. weight = x (n - x) / n.
     *
     * @throws IllegalArgumentException unless 0 &lt; x &lt; n (a proportion of 0 or 1 has no logit)
     */
    public static TrendObservation proportion(double time, double x, double n) {
        requireStrictlyBetween(time, x, n);
        return new TrendObservation(time, x / n, x * (n - x) / n);
    }

    /**
     * The proportion x/n for {@link AnnualPercentChange} (ln scale). Its weight is the inverse of the
     * delta-method variance of ln(p), var(ln p) ~ (1-p)/x, i.e. weight = x n / (n - x).
     *
     * @throws IllegalArgumentException unless 0 &lt; x &lt; n
     */
    public static TrendObservation proportionOnLogScale(double time, double x, double n) {
        requireStrictlyBetween(time, x, n);
        return new TrendObservation(time, x / n, x * n / (n - x));
    }

    private static void requireStrictlyBetween(double time, double x, double n) {
        if (!(x > 0 && x < n) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("a trend in a proportion needs 0 < x < n at time " + time + ", got x=" + x
                    + ", n=" + n);
        }
    }
}
