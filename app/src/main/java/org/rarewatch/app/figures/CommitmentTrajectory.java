package org.rarewatch.app.figures;

import java.util.Locale;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.trajectory.Trajectory;

/**
 * A commitment's trajectory for one scope (England overall, rare and less common, big four, or one cancer
 * group) on one linked indicator, with where its figures come from and the editor's decision on the suggested
 * status (null when none has been taken).
 */
public record CommitmentTrajectory(IndicatorLink link, String scope, Trajectory trajectory, String source,
                                   boolean synthetic, boolean published, TrajectoryDecision decision) {

    public static final String RARE_AND_LESS_COMMON = "Rare and less common";
    public static final String BIG_FOUR = "Big four";

    public String scopeLabel() {
        return scope.equals(IndicatorRow.ALL) ? "All cancers" : scope;
    }

    public boolean headline() {
        return scope.equals(IndicatorRow.ALL) || scope.equals(RARE_AND_LESS_COMMON) || scope.equals(BIG_FOUR);
    }

    public String scopeSlug() {
        return scope.equals(IndicatorRow.ALL) ? "all" : scope.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** The status on show: the editor's when taken on the current suggestion, else the suggestion. */
    public String statusLabel() {
        if (decision != null && decision.suggested().equals(trajectory.suggested().id())) {
            return decision.statusLabel();
        }
        return trajectory.suggested().label();
    }
}
