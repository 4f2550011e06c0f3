package org.rarewatch.engine.trajectory;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment's trajectory to its target, from {@link TrajectoryCalculator#compute}.
 *
 * @param cadence     annual or monthly; null only when the series is empty
 * @param observed    the input points in period order, including those without a value
 * @param latest      the last point with a value; null when there is none
 * @param trend       annual percent change or monthly slope; null with fewer than 3 points usable for a fit
 * @param projection  the projected trend at each period after the latest observation up to the target's
 *                    period; empty when there is no projection (too few points, or the target date has passed)
 * @param atTarget    the projected trend at the target date itself; null when there is no projection
 * @param target      the target, a proportion of 1
 * @param gapNow      target - latest value, in proportion points; null without a latest value
 * @param gapAtTarget target - projected value at the target date; null without a projection
 * @param suggested   the status the figures suggest
 * @param reason      one plain-English sentence saying why
 * @param method      the method, with the confidence level (95%)
 */
public record Trajectory(Cadence cadence, List<SeriesPoint> observed, SeriesPoint latest, Trend trend,
                         List<ProjectedPoint> projection, ProjectedPoint atTarget, double target, LocalDate targetDate,
                         Double gapNow, Double gapAtTarget, SuggestedStatus suggested, String reason, String method) {

    public Trajectory {
        observed = List.copyOf(observed);
        projection = List.copyOf(projection);
    }
}
