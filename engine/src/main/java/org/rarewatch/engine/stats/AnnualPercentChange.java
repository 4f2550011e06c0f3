package org.rarewatch.engine.stats;

import java.util.List;

/**
 * Annual percent change (APC) of a rate or proportion from a log-linear fit ln(y) = b0 + b1 t:
 * APC = 100 (e^b1 - 1), with the interval 100 (e^(b1 -/+ t_(n-2) SE(b1)) - 1), Student t on n - 2
 * degrees of freedom. This is the SEER*Stat / NCI Joinpoint definition for a single segment (Joinpoint
 * help, "Annual Percent Change"; Kim et al. 2000, Stat Med 19:335-351).
 *
 * <p><b>Default: unweighted</b> least squares ({@link #unweighted}), as SEER*Stat computes the APC and as
 * Joinpoint does under its default constant-variance option; every year counts equally. {@link #weighted}
 * uses the observations' inverse-variance weights ({@link TrendObservation#rate}: events;
 * {@link TrendObservation#proportionOnLogScale}: x n / (n - x)) with the scale
 * estimated from the residuals, so noisy small-count years count less. Both need at least 3 years and
 * strictly positive values (ln 0 is undefined: a zero year is rejected, not silently dropped).
 */
public final class AnnualPercentChange {

    public static final String METHOD_UNWEIGHTED = "log-linear least squares (unweighted), t interval";
    public static final String METHOD_WEIGHTED = "log-linear weighted least squares (inverse variance), t interval";

    private AnnualPercentChange() {
    }

    /**
     * @param apc     percent change per year (e.g. -2.5 for a 2.5% fall a year)
     * @param slope   b1 on the ln scale, with its standard error
     */
    public record Result(double apc, double lower, double upper, double slope, double slopeStandardError,
                         int degreesOfFreedom, Confidence confidence, String method) {
    }

    public static Result unweighted(List<TrendObservation> observations, Confidence confidence) {
        return fit(observations, false, confidence);
    }

    public static Result weighted(List<TrendObservation> observations, Confidence confidence) {
        return fit(observations, true, confidence);
    }

    private static Result fit(List<TrendObservation> observations, boolean weighted, Confidence confidence) {
        for (TrendObservation o : observations) {
            if (!(o.value() > 0)) {
                throw new IllegalArgumentException("annual percent change needs values > 0 (ln of "
                        + o.value() + " at time " + o.time() + " is undefined)");
            }
        }
        WeightedLine line = WeightedLine.fit(observations, Math::log, weighted);
        double margin = line.tQuantile(confidence) * line.slopeStandardError;
        return new Result(percent(line.slope), percent(line.slope - margin), percent(line.slope + margin), line.slope,
                line.slopeStandardError, line.degreesOfFreedom(), confidence,
                weighted ? METHOD_WEIGHTED : METHOD_UNWEIGHTED);
    }

    private static double percent(double slope) {
        return 100 * Math.expm1(slope);
    }
}
