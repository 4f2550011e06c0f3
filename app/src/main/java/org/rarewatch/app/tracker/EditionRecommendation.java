package org.rarewatch.app.tracker;

import java.util.List;

/** A recommendation as one edition states it: its text, who it is addressed to, its status, linked commitments. */
public record EditionRecommendation(int editionYear, String recommendationId, String text, String addressedTo,
        RecommendationStatus status, String statusNote, int version, List<String> commitmentIds) {

    public EditionRecommendation {
        commitmentIds = List.copyOf(commitmentIds);
    }
}
