package org.rarewatch.engine.stats;

/**
 * Confidence limits for counts and crude rates, choosing the method the way PHEindicatormethods
 * ({@code phe_rate}) and the Fingertips technical guidance do: exact Poisson limits ({@link ExactPoisson})
 * below 10 events, Byar's approximation ({@link Byar}) from 10 events upwards. The method name travels
 * with the result ("Exact" or "Byars").
 */
public final class PoissonLimits {

    /** Counts below this use exact limits; at or above it, Byar's method. */
    public static final double EXACT_BELOW = 10;

    private PoissonLimits() {
    }

    /** A count with its limits and the method that produced them. */
    public record Estimate(double value, double lower, double upper, String method, Confidence confidence) {
    }

    /** Limits for the expected value of an observed count O. */
    public static Estimate count(double observed, Confidence confidence) {
        requireCount(observed);
        String method = methodFor(observed);
        Interval limits = limits(observed, confidence);
        return new Estimate(observed, limits.lower(), limits.upper(), method, confidence);
    }

    /**
     * Crude rate O / denominator x multiplier (e.g. per 100,000 person-years), with the count's limits
     * scaled the same way.
     *
     * @throws IllegalArgumentException when the count is negative or not a number, or the denominator or
     *                                  multiplier is not a positive finite number
     */
    public static Estimate rate(double observed, double denominator, double multiplier, Confidence confidence) {
        requireCount(observed);
        if (!(denominator > 0) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException("rate needs a positive denominator, got " + denominator);
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("rate needs a positive multiplier, got " + multiplier);
        }
        Interval limits = limits(observed, confidence);
        double scale = multiplier / denominator;
        return new Estimate(observed * scale, limits.lower() * scale, limits.upper() * scale, methodFor(observed),
                confidence);
    }

    public static String methodFor(double observed) {
        return observed < EXACT_BELOW ? ExactPoisson.METHOD : Byar.METHOD;
    }

    private static Interval limits(double observed, Confidence confidence) {
        return observed < EXACT_BELOW ? ExactPoisson.interval(observed, confidence)
                : Byar.interval(observed, confidence);
    }

    static void requireCount(double observed) {
        if (!(observed >= 0) || Double.isInfinite(observed)) {
            throw new IllegalArgumentException("a count must be a finite number >= 0, got " + observed);
        }
    }
}
