package org.rarewatch.engine.stats;

import java.util.List;

/**
 * Slope of a straight line y = a + b t fitted by unweighted least squares to the values themselves (no
 * transformation), with the interval b &plusmn; t_(n-2) SE(b), Student t on n - 2 degrees of freedom. The
 * unit of the slope is the unit of the values per unit of time (e.g. a proportion per month when the
 * times are in months). Needs at least 3 points at two or more distinct times.
 */
public final class LinearTrend {

    public static final String METHOD_UNWEIGHTED = "linear least squares (unweighted), t interval";

    private LinearTrend() {
    }

    /** @param slope change in the value per unit of time, with its standard error and interval */
    public record Result(double slope, double lower, double upper, double slopeStandardError, int degreesOfFreedom,
                         Confidence confidence, String method) {
    }

    public static Result unweighted(List<TrendObservation> observations, Confidence confidence) {
        WeightedLine line = WeightedLine.fit(observations, y -> y, false);
        double margin = line.tQuantile(confidence) * line.slopeStandardError;
        return new Result(line.slope, line.slope - margin, line.slope + margin, line.slopeStandardError,
                line.degreesOfFreedom(), confidence, METHOD_UNWEIGHTED);
    }
}
