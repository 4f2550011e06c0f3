package org.rarewatch.engine.stats;

import java.util.List;

/**
 * Projects a proportion (e.g. the share of cancers diagnosed at stage 1-2) to a target date by a straight
 * line on the logit scale, logit(p) = a + b t, so the projection and its limits stay inside (0, 1).
 *
 * <p>The interval is for the projected <i>trend</i> (the expected proportion at the target time):
 * logit limits = fitted &plusmn; t_(n-2) s sqrt(1/&Sigma;w + (t* - t&#772;)&sup2; / S_tt), back-transformed with
 * the inverse logit. It widens the further the target lies beyond the data. It does not include the
 * year-to-year scatter of a single future year's figure, nor any change of trend.
 *
 * <p>Unweighted by default (every year counts equally); {@link #weighted} uses the inverse delta-method
 * variance of each year's logit, x(n - x)/n ({@link TrendObservation#proportion}).
 */
public final class ProportionProjection {

    public static final String METHOD_UNWEIGHTED = "logit-linear least squares (unweighted), t interval of trend";
    public static final String METHOD_WEIGHTED = "logit-linear weighted least squares (inverse variance), t interval of trend";

    private final WeightedLine line;
    private final String method;

    private ProportionProjection(WeightedLine line, String method) {
        this.line = line;
        this.method = method;
    }

    /** Where a projection stands against a target (e.g. 75% by 2028). */
    public enum Outlook {
        /** the whole interval is at or above the target */
        ON_TRACK,
        /** the whole interval is below the target */
        OFF_TRACK,
        /** the interval contains the target */
        UNCERTAIN
    }

    public record Projection(double time, double value, double lower, double upper, Confidence confidence,
                             String method) {

        public Outlook against(double target) {
            if (lower >= target) {
                return Outlook.ON_TRACK;
            }
            return upper < target ? Outlook.OFF_TRACK : Outlook.UNCERTAIN;
        }
    }

    public static ProportionProjection unweighted(List<TrendObservation> observations) {
        return new ProportionProjection(WeightedLine.fit(checked(observations), ProportionProjection::logit, false),
                METHOD_UNWEIGHTED);
    }

    public static ProportionProjection weighted(List<TrendObservation> observations) {
        return new ProportionProjection(WeightedLine.fit(checked(observations), ProportionProjection::logit, true),
                METHOD_WEIGHTED);
    }

    public Projection project(double time, Confidence confidence) {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("target time must be a finite number, got " + time);
        }
        double fitted = line.fitted(time);
        double margin = line.tQuantile(confidence) * line.fittedStandardError(time);
        return new Projection(time, expit(fitted), expit(fitted - margin), expit(fitted + margin), confidence, method);
    }

    /** Change in log-odds per year. */
    public double slope() {
        return line.slope;
    }

    private static List<TrendObservation> checked(List<TrendObservation> observations) {
        for (TrendObservation o : observations) {
            if (!(o.value() > 0 && o.value() < 1)) {
                throw new IllegalArgumentException("projection of a proportion needs values strictly between 0 and 1,"
                        + " got " + o.value() + " at time " + o.time());
            }
        }
        return observations;
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
