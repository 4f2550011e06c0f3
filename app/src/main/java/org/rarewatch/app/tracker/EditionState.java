package org.rarewatch.app.tracker;

import java.util.Arrays;
import java.util.Optional;

/** The life of an edition: draft → open for evidence → in review → published (frozen for good). */
public enum EditionState {
    DRAFT("draft", "Draft"),
    OPEN("open", "Open for evidence"),
    IN_REVIEW("in_review", "In review"),
    PUBLISHED("published", "Published");

    private final String code;
    private final String label;

    EditionState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** One step forward, or one step back while not yet published. */
    public boolean canMoveTo(EditionState next) {
        return this != PUBLISHED && Math.abs(next.ordinal() - ordinal()) == 1;
    }

    public static Optional<EditionState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(EditionState::code).toList());
    }
}
