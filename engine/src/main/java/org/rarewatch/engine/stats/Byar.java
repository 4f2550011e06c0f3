package org.rarewatch.engine.stats;

/**
 * Byar's approximation to the exact Poisson confidence limits of an observed count O (Breslow &amp; Day
 * 1987, <i>Statistical Methods in Cancer Research</i> vol. II, IARC Sci. Publ. 82, p. 69), as used by
 * PHEindicatormethods:
 *
 * <pre>
 *   lower = O (1 - 1/(9O) - z/(3 sqrt O))^3
 *   upper = (O+1) (1 - 1/(9(O+1)) + z/(3 sqrt(O+1)))^3
 * </pre>
 *
 * <p>The lower limit is {@code NaN} (no limit, "NA" in the reference implementation) when the formula
 * goes below zero, which happens for very small counts at high confidence (1 event at 99.8%); for O = 0
 * the lower limit is 0. Use {@link PoissonLimits} to get exact limits below 10 events automatically.
 */
public final class Byar {

    public static final String METHOD = "Byars";

    private Byar() {
    }

    public static Interval interval(double observed, Confidence confidence) {
        return new Interval(lower(observed, confidence), upper(observed, confidence));
    }

    public static double lower(double observed, Confidence confidence) {
        PoissonLimits.requireCount(observed);
        if (observed == 0) {
            return 0;
        }
        double z = confidence.z();
        double lower = observed * Math.pow(1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed)), 3);
        return lower < 0 ? Double.NaN : lower;
    }

    public static double upper(double observed, Confidence confidence) {
        PoissonLimits.requireCount(observed);
        double z = confidence.z();
        double next = observed + 1;
        return next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
    }
}
