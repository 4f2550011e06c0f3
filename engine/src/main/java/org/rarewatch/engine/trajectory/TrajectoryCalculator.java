package org.rarewatch.engine.trajectory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rarewatch.engine.stats.AnnualPercentChange;
import org.rarewatch.engine.stats.Confidence;
import org.rarewatch.engine.stats.Interval;
import org.rarewatch.engine.stats.LinearTrend;
import org.rarewatch.engine.stats.ProportionProjection;
import org.rarewatch.engine.stats.TrendObservation;
import org.rarewatch.engine.stats.Wilson;

/**
 * Turns the series that measures a commitment (e.g. "75% of cancers diagnosed at stage 1 or 2 by 2028",
 * "Faster Diagnosis Standard 80% by March 2029") into its trajectory to the target. Method:
 * docs/methods.md, "Trajectories". All intervals are 95%.
 *
 * <ul>
 * <li><b>Time</b>, in decimal years: an annual period "2019" at mid-year (2019.5); a monthly period "2023-10"
 * at mid-month (year + (month - 0.5) / 12); the target date at mid-day (year + (day of year - 0.5) / days in
 * the year). All periods of a series must have the same cadence.</li>
 * <li><b>Points fitted</b>: those with a value strictly between 0 and 1 (a suppressed value, 0% or 100% has
 * no logarithm or logit and is left out of the fits, though it can still be the latest observation). Fewer
 * than 3 → no trend, no projection, {@link SuggestedStatus#CANNOT_TELL}.</li>
 * <li><b>Weights</b>: a fit is weighted (inverse delta-method variance, from {@link TrendObservation}) only
 * when every fitted point has a numerator and a denominator with 0 &lt; x &lt; n; otherwise it is
 * unweighted. The fitted value is always the point's published value; the counts give only the weight.</li>
 * <li><b>Trend</b>: annual series → {@link AnnualPercentChange} ("% per year"; weights x n / (n - x),
 * {@link TrendObservation#proportionOnLogScale}); monthly series → the least-squares slope of the proportion
 * on time in months ({@link LinearTrend}, unweighted), × 100, in percentage points per month. Student t
 * interval on n - 2 degrees of freedom.</li>
 * <li><b>Projection</b>: {@link ProportionProjection} (logit-linear; weights x (n - x) / n,
 * {@link TrendObservation#proportion}) at the middle of each period after the latest observation up to the
 * period containing the target date (each {@link ProjectedPoint} dated the first day of its period), and at
 * the target date itself ({@link Trajectory#atTarget()}). Its reading against the target
 * ({@link ProportionProjection.Projection#against}) gives the status: ON_TRACK → ON_TRACK, OFF_TRACK →
 * OFF_TRACK, UNCERTAIN → CANNOT_TELL.</li>
 * <li><b>Target date passed</b> (the latest observed period ends on or after the target date): no
 * projection; the status is judged on the observed point at the target date, the last with a value whose
 * period starts on or before it: lower limit ≥ target → ON_TRACK (met), upper limit &lt; target → OFF_TRACK,
 * otherwise CANNOT_TELL. Without published limits, the Wilson interval of its counts is used; without
 * counts either, the value alone is compared (≥ target → ON_TRACK, else OFF_TRACK).</li>
 * <li>Ordinary data never throws (empty series, nulls, 0% or 100%); {@link IllegalArgumentException} only
 * for a target outside [0, 1], a null target date or series, mixed cadences, an unparseable or repeated
 * period.</li>
 * </ul>
 */
public final class TrajectoryCalculator {

    static final Confidence CONFIDENCE = Confidence.NINETY_FIVE;
    static final int MINIMUM_POINTS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private TrajectoryCalculator() {
    }

    private record Dated(Period period, SeriesPoint point) {

        double value() {
            return point.value();
        }

        boolean usable() {
            return point.value() != null && point.value() > 0 && point.value() < 1;
        }

        boolean hasUsableCounts() {
            if (!point.hasCounts()) {
                return false;
            }
            double x = point.numerator().doubleValue();
            return x > 0 && x < point.denominator().doubleValue();
        }

        /** A point for a fit on time {@code time}, weighted by {@code weight} when {@code weighted}. */
        TrendObservation observation(double time, boolean weighted, Weight weight) {
            if (!weighted) {
                return TrendObservation.of(time, value());
            }
            double w = weight.of(time, point.numerator().doubleValue(), point.denominator().doubleValue()).weight();
            return new TrendObservation(time, value(), w);
        }
    }

    private interface Weight {
        TrendObservation of(double time, double x, double n);
    }

    public static Trajectory compute(List<SeriesPoint> observed, double target, LocalDate targetDate) {
        if (!(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("target must be a proportion in [0, 1], got " + target);
        }
        if (targetDate == null) {
            throw new IllegalArgumentException("a target date is required");
        }
        if (observed == null) {
            throw new IllegalArgumentException("an observed series is required (it may be empty)");
        }
        List<Dated> series = inOrder(observed);
        Cadence cadence = series.isEmpty() ? null : series.get(0).period().cadence();
        List<SeriesPoint> points = series.stream().map(Dated::point).toList();
        Dated latest = null;
        for (Dated d : series) {
            if (d.point().value() != null) {
                latest = d;
            }
        }
        List<Dated> used = series.stream().filter(Dated::usable).toList();
        boolean weighted = used.stream().allMatch(Dated::hasUsableCounts);
        Trend trend = used.size() >= MINIMUM_POINTS ? trend(cadence, used, weighted) : null;
        String goal = "the target of " + percentLabel(target);
        Method method = new Method(cadence, targetDate, used.size(), weighted);

        if (latest == null) {
            return new Trajectory(cadence, points, null, trend, List.of(), null, target, targetDate, null, null,
                    SuggestedStatus.CANNOT_TELL, "No observed values, so nothing can be judged against " + goal
                    + " by " + DAY.format(targetDate) + ".", method.text(trend != null, false, false));
        }
        SeriesPoint latestPoint = latest.point();
        Double gapNow = target - latestPoint.value();
        if (!latest.period().end().isBefore(targetDate)) {
            Judgement j = judgePassed(series, target, targetDate, goal);
            return new Trajectory(cadence, points, latestPoint, trend, List.of(), null, target, targetDate, gapNow, null,
                    j.status(), j.reason(), method.text(trend != null, false, true));
        }
        if (used.size() < MINIMUM_POINTS) {
            String reason = (used.isEmpty() ? "No observed period has" : "Only " + used.size() + " observed period"
                    + (used.size() == 1 ? " has" : "s have")) + " a value strictly between 0% and 100%: at least "
                    + MINIMUM_POINTS + " are needed for a trend.";
            return new Trajectory(cadence, points, latestPoint, null, List.of(), null, target, targetDate, gapNow, null,
                    SuggestedStatus.CANNOT_TELL, reason, method.text(false, false, false));
        }

        List<TrendObservation> onYears = used.stream()
                .map(d -> d.observation(d.period().time(), weighted, TrendObservation::proportion)).toList();
        ProportionProjection fit = weighted ? ProportionProjection.weighted(onYears)
                : ProportionProjection.unweighted(onYears);
        List<ProjectedPoint> path = new ArrayList<>();
        Period last = Period.containing(targetDate, cadence);
        for (Period p = latest.period().next(); p.compareTo(last) <= 0; p = p.next()) {
            path.add(point(p.toString(), p.start(), fit.project(p.time(), CONFIDENCE)));
        }
        ProportionProjection.Projection end = fit.project(Period.time(targetDate), CONFIDENCE);
        ProjectedPoint atTarget = point(last.toString(), targetDate, end);
        SuggestedStatus status = switch (end.against(target)) {
            case ON_TRACK -> SuggestedStatus.ON_TRACK;
            case OFF_TRACK -> SuggestedStatus.OFF_TRACK;
            case UNCERTAIN -> SuggestedStatus.CANNOT_TELL;
        };
        String reading = switch (status) {
            case ON_TRACK -> "the whole interval is at or above " + goal;
            case OFF_TRACK -> "the whole interval is below " + goal;
            case CANNOT_TELL -> "the interval includes " + goal;
        };
        String reason = "The trend of " + used.size() + " observed periods projects " + percent(end.value()) + " ("
                + interval(end.lower(), end.upper()) + ") at " + DAY.format(targetDate) + ": " + reading + ".";
        return new Trajectory(cadence, points, latestPoint, trend, path, atTarget, target, targetDate, gapNow,
                target - end.value(), status, reason, method.text(true, true, false));
    }

    private static List<Dated> inOrder(List<SeriesPoint> observed) {
        List<Dated> series = new ArrayList<>();
        for (SeriesPoint p : observed) {
            if (p == null) {
                throw new IllegalArgumentException("the observed series contains a null point");
            }
            series.add(new Dated(Period.parse(p.period()), p));
        }
        series.sort(Comparator.comparing(Dated::period));
        for (int i = 1; i < series.size(); i++) {
            Period before = series.get(i - 1).period();
            Period here = series.get(i).period();
            if (before.cadence() != here.cadence()) {
                throw new IllegalArgumentException("a series mixes annual and monthly periods: " + before + " and "
                        + here);
            }
            if (before.equals(here)) {
                throw new IllegalArgumentException("period " + here + " appears twice in the series");
            }
        }
        return series;
    }

    private static Trend trend(Cadence cadence, List<Dated> used, boolean weighted) {
        if (cadence == Cadence.ANNUAL) {
            List<TrendObservation> obs = used.stream()
                    .map(d -> d.observation(d.period().time(), weighted, TrendObservation::proportionOnLogScale))
                    .toList();
            AnnualPercentChange.Result r = weighted ? AnnualPercentChange.weighted(obs, CONFIDENCE)
                    : AnnualPercentChange.unweighted(obs, CONFIDENCE);
            return new Trend(Trend.ANNUAL_PERCENT_CHANGE, r.apc(), r.lower(), r.upper(), Trend.PERCENT_PER_YEAR,
                    r.method() + ", " + CONFIDENCE.label());
        }
        List<TrendObservation> obs = used.stream().map(d -> TrendObservation.of(d.period().months(), d.value()))
                .toList();
        LinearTrend.Result r = LinearTrend.unweighted(obs, CONFIDENCE);
        return new Trend(Trend.MONTHLY_SLOPE, 100 * r.slope(), 100 * r.lower(), 100 * r.upper(),
                Trend.POINTS_PER_MONTH, r.method() + " on time in months, " + CONFIDENCE.label());
    }

    private record Judgement(SuggestedStatus status, String reason) {
    }

    private static Judgement judgePassed(List<Dated> series, double target, LocalDate targetDate, String goal) {
        String passed = "The target date " + DAY.format(targetDate) + " has passed";
        Dated judged = null;
        for (Dated d : series) {
            if (d.point().value() != null && !d.period().start().isAfter(targetDate)) {
                judged = d;
            }
        }
        if (judged == null) {
            return new Judgement(SuggestedStatus.CANNOT_TELL, passed
                    + " but no value was observed for a period starting on or before it.");
        }
        SeriesPoint p = judged.point();
        String observed = passed + " and the observed value for " + judged.period() + " was " + percent(p.value());
        Interval limits = limits(p);
        if (limits == null) {
            return p.value() >= target
                    ? new Judgement(SuggestedStatus.ON_TRACK, observed + " (no confidence interval), at or above "
                            + goal + ", so the target was met.")
                    : new Judgement(SuggestedStatus.OFF_TRACK, observed + " (no confidence interval), below " + goal
                            + ", so the target was missed.");
        }
        String withInterval = observed + " (" + (p.lower95() != null && p.upper95() != null ? "" : "Wilson ")
                + interval(limits.lower(), limits.upper()) + "): ";
        if (limits.lower() >= target) {
            return new Judgement(SuggestedStatus.ON_TRACK, withInterval + "the whole interval is at or above " + goal
                    + ", so the target was met.");
        }
        if (limits.upper() < target) {
            return new Judgement(SuggestedStatus.OFF_TRACK, withInterval + "the whole interval is below " + goal
                    + ", so the target was missed.");
        }
        return new Judgement(SuggestedStatus.CANNOT_TELL, withInterval + "the interval includes " + goal + ".");
    }

    /** The point's published 95% limits, else the Wilson interval of its counts, else null. */
    private static Interval limits(SeriesPoint p) {
        if (p.lower95() != null && p.upper95() != null) {
            return new Interval(p.lower95(), p.upper95());
        }
        if (p.hasCounts() && p.denominator().signum() > 0) {
            return Wilson.interval(p.numerator().doubleValue(), p.denominator().doubleValue(), CONFIDENCE);
        }
        return null;
    }

    private static ProjectedPoint point(String period, LocalDate date, ProportionProjection.Projection p) {
        return new ProjectedPoint(period, date, p.value(), p.lower(), p.upper());
    }

    private static String interval(double lower, double upper) {
        return CONFIDENCE.label() + " CI " + percent(lower) + " to " + percent(upper);
    }

    private static String percent(double proportion) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * proportion);
    }

    private static String percentLabel(double proportion) {
        return BigDecimal.valueOf(100 * proportion).round(MathContext.DECIMAL32).stripTrailingZeros().toPlainString()
                + "%";
    }

    /** The method text of a trajectory: only the parts that were applied, always with the confidence level. */
    private record Method(Cadence cadence, LocalDate targetDate, int used, boolean weighted) {

        String text(boolean withTrend, boolean withProjection, boolean passed) {
            StringBuilder s = new StringBuilder("Trajectory to the target (confidence level ")
                    .append(CONFIDENCE.label()).append("). Time in decimal years: ")
                    .append(cadence == Cadence.MONTHLY ? "monthly periods at mid-month" : "annual periods at mid-year")
                    .append(", the target date ").append(targetDate).append(" at mid-day (")
                    .append(String.format(Locale.ROOT, "%.4f", Period.time(targetDate)))
                    .append("). Fitted to the observed periods with a value strictly between 0% and 100% (")
                    .append(used).append(" here; suppressed values and values of 0% or 100% are left out; at least ")
                    .append(MINIMUM_POINTS).append(" are needed for a trend).");
            if (withTrend || withProjection) {
                s.append(weighted
                        ? " Fits weighted by the inverse delta-method variance from the published counts."
                        : " Fits unweighted (weighted only when every fitted period has its counts).");
            }
            if (withTrend) {
                s.append(cadence == Cadence.MONTHLY
                        ? " Trend: monthly slope in percentage points per month, " + LinearTrend.METHOD_UNWEIGHTED
                                + " of the proportion on time in months."
                        : " Trend: annual percent change, " + (weighted ? AnnualPercentChange.METHOD_WEIGHTED
                                : AnnualPercentChange.METHOD_UNWEIGHTED) + (weighted ? " (weights x n / (n - x))." : "."));
            }
            if (withProjection) {
                s.append(" Projection: ").append(weighted ? ProportionProjection.METHOD_WEIGHTED
                                : ProportionProjection.METHOD_UNWEIGHTED)
                        .append(weighted ? " (weights x (n - x) / n)" : "")
                        .append(": the interval of the projected trend, not of one period's"
                                + " figure; on track when the whole interval at the target date is at or above the"
                                + " target, off track when it is wholly below, otherwise cannot tell.");
            }
            if (passed) {
                s.append(" Target date passed: no projection; judged on the observed period at the target date (the"
                        + " last with a value starting on or before it): on track (met) when its lower limit is at or"
                        + " above the target, off track when its upper limit is below, otherwise cannot tell; the"
                        + " Wilson interval of its counts when no limits were published, the value alone when neither.");
            }
            return s.toString();
        }
    }
}
