package org.rarewatch.app.tracker;

import java.util.Arrays;
import java.util.Optional;

/** Where a recommendation stands in one edition. Open and partly met ones are carried into the next edition. */
public enum RecommendationStatus {
    OPEN("open", "Open"),
    PARTLY_MET("partly_met", "Partly met"),
    MET("met", "Met"),
    WITHDRAWN("withdrawn", "Withdrawn");

    private final String code;
    private final String label;

    RecommendationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean unmet() {
        return this == OPEN || this == PARTLY_MET;
    }

    public static Optional<RecommendationStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(RecommendationStatus::code).toList());
    }
}
