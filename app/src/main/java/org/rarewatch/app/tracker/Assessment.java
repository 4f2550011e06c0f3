package org.rarewatch.app.tracker;

import java.util.List;

/** An edition's assessment of one commitment, with the evidence and figures it rests on. */
public record Assessment(int editionYear, String commitmentId, AssessmentStatus status, String rationale,
        String rlcMeaning, List<String> contextFlags, int version, List<Evidence> evidence,
        List<CitedFigure> figures) {

    public Assessment {
        contextFlags = List.copyOf(contextFlags);
        evidence = List.copyOf(evidence);
        figures = List.copyOf(figures);
    }

    /** The same assessment without evidence and figures (the row itself). */
    public Assessment bare() {
        return new Assessment(editionYear, commitmentId, status, rationale, rlcMeaning, contextFlags, version,
                List.of(), List.of());
    }
}
