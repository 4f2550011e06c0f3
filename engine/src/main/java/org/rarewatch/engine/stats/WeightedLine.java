package org.rarewatch.engine.stats;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Least-squares straight line y = a + b t through transformed observations, weighted or not, with
 * the residual variance estimated from the data (n - 2 degrees of freedom) and Student-t intervals.
 * The transformation (ln, logit) is chosen by the caller.
 */
final class WeightedLine {

    final int points;
    final double intercept;
    final double slope;
    final double slopeStandardError;
    final double residualVariance;
    final double weightSum;
    final double meanTime;
    final double sxx;

    private WeightedLine(int points, double intercept, double slope, double slopeStandardError,
                         double residualVariance, double weightSum, double meanTime, double sxx) {
        this.points = points;
        this.intercept = intercept;
        this.slope = slope;
        this.slopeStandardError = slopeStandardError;
        this.residualVariance = residualVariance;
        this.weightSum = weightSum;
        this.meanTime = meanTime;
        this.sxx = sxx;
    }

    static WeightedLine fit(List<TrendObservation> observations, DoubleUnaryOperator transform, boolean weighted) {
        int n = observations.size();
        if (n < 3) {
            throw new IllegalArgumentException("a trend with a confidence interval needs at least 3 time points, got "
                    + n);
        }
        double[] t = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double sw = 0;
        double swt = 0;
        double swy = 0;
        for (int i = 0; i < n; i++) {
            TrendObservation o = observations.get(i);
            t[i] = o.time();
            y[i] = transform.applyAsDouble(o.value());
            w[i] = weighted ? o.weight() : 1;
            sw += w[i];
            swt += w[i] * t[i];
            swy += w[i] * y[i];
        }
        double tBar = swt / sw;
        double yBar = swy / sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += w[i] * (t[i] - tBar) * (t[i] - tBar);
            sxy += w[i] * (t[i] - tBar) * (y[i] - yBar);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a trend needs at least two different times");
        }
        double slope = sxy / sxx;
        double intercept = yBar - slope * tBar;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - (intercept + slope * t[i]);
            rss += w[i] * residual * residual;
        }
        double s2 = rss / (n - 2);
        return new WeightedLine(n, intercept, slope, Math.sqrt(s2 / sxx), s2, sw, tBar, sxx);
    }

    int degreesOfFreedom() {
        return points - 2;
    }

    double tQuantile(Confidence confidence) {
        return TDistribution.of(degreesOfFreedom()).inverseCumulativeProbability(1 - (1 - confidence.level()) / 2);
    }

    double fitted(double time) {
        return intercept + slope * time;
    }

    /** Standard error of the fitted line (the expected value) at {@code time}. */
    double fittedStandardError(double time) {
        double d = time - meanTime;
        return Math.sqrt(residualVariance * (1 / weightSum + d * d / sxx));
    }
}
