package org.rarewatch.engine.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Exact (Garwood) confidence limits for a Poisson count O, computed from the chi-squared distribution
 * (Ulm 1990, "Simple method to calculate the confidence interval of a standardized mortality ratio",
 * Am J Epidemiol 131:373-375):
 *
 * <pre>
 *   lower = chi2_inv(alpha/2; 2O) / 2           (0 when O = 0)
 *   upper = chi2_inv(1 - alpha/2; 2O + 2) / 2
 * </pre>
 *
 * where alpha = 1 - confidence. Quantiles come from Apache Commons Statistics. Fractional counts (halves)
 * are accepted: the chi-squared distribution is defined for any positive degrees of freedom.
 */
public final class ExactPoisson {

    public static final String METHOD = "Exact";

    private ExactPoisson() {
    }

    public static Interval interval(double observed, Confidence confidence) {
        return new Interval(lower(observed, confidence), upper(observed, confidence));
    }

    public static double lower(double observed, Confidence confidence) {
        PoissonLimits.requireCount(observed);
        if (observed == 0) {
            return 0;
        }
        double alpha = 1 - confidence.level();
        return ChiSquaredDistribution.of(2 * observed).inverseCumulativeProbability(alpha / 2) / 2;
    }

    public static double upper(double observed, Confidence confidence) {
        PoissonLimits.requireCount(observed);
        double alpha = 1 - confidence.level();
        return ChiSquaredDistribution.of(2 * observed + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
    }
}
