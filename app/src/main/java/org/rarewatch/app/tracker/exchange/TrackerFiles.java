package org.rarewatch.app.tracker.exchange;

import java.util.List;

/**
 * The tracker's exchange format: one directory of UTF-8 CSV files (LF line ends, quoted only when
 * needed) plus tracker.json with the same content nested. Import reads the CSV files; the JSON is for
 * people and programs that prefer one document.
 */
public enum TrackerFiles {
    EDITIONS("editions.csv", List.of("year", "title", "as_of", "plan_id", "state", "note", "content_hash",
            "published_at", "version")),
    ASSESSMENTS("assessments.csv", List.of("edition_year", "commitment_id", "status", "rationale", "rlc_meaning",
            "context_flags", "version")),
    EVIDENCE("evidence.csv", List.of("edition_year", "commitment_id", "seq", "claim", "source_title", "url",
            "published_on")),
    FIGURES("figures.csv", List.of("edition_year", "commitment_id", "seq", "label", "value", "unit", "period",
            "source_title", "url")),
    RECOMMENDATIONS("recommendations.csv", List.of("id", "origin", "origin_plan_id", "origin_ref", "first_edition")),
    EDITION_RECOMMENDATIONS("edition-recommendations.csv", List.of("edition_year", "recommendation_id", "text",
            "addressed_to", "status", "status_note", "commitment_ids", "version")),
    HISTORY("history.csv", List.of("changed_at", "changed_by", "edition_year", "entity", "entity_key", "action",
            "before", "after"));

    public static final String JSON = "tracker.json";
    public static final String FORMAT = "rarewatch-tracker/1";

    private final String fileName;
    private final List<String> columns;

    TrackerFiles(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }
}
