package org.rarewatch.app.tracker;

import java.util.List;

/** What an editor sends (JSON body or form); every field is checked by {@link TrackerService} via {@link Checks}. */
public final class Inputs {

    private Inputs() {
    }

    /** A new edition; {@code carryForwardFrom} names an earlier edition whose unmet recommendations come along. */
    public record NewEdition(String editor, Integer year, String title, String asOf, String planId, String note,
            Integer carryForwardFrom) {
    }

    /** Move an edition to another state (publishing freezes it). */
    public record StateChange(String editor, String state, Integer version) {
    }

    /** Create ({@code version} null) or change ({@code version} = the version the editor loaded) an assessment. */
    public record AssessmentChange(String editor, String status, String rationale, String rlcMeaning,
            List<String> contextFlags, Integer version) {
    }

    public record NewEvidence(String editor, String claim, String sourceTitle, String url, String publishedOn) {
    }

    public record NewFigure(String editor, String label, String value, String unit, String period,
            String sourceTitle, String url) {
    }

    /** Create or change a recommendation in one edition; origin fields are used only when it is new. */
    public record RecommendationChange(String editor, String text, String addressedTo, String status,
            String statusNote, List<String> commitmentIds, String origin, String originPlanId, String originRef,
            Integer version) {
    }
}
