package org.rarewatch.app.tracker;

import java.util.Arrays;
import java.util.Optional;

/**
 * The scale an edition rates each commitment on. The first three say why there is no rating of progress
 * (not looked at yet; the commitment is worded so nothing could show it met; no data is published);
 * the last four rate progress itself. Definitions are in docs/methods.md.
 */
public enum AssessmentStatus {
    NOT_YET_ASSESSED("not_yet_assessed", "Not yet assessed", "grey"),
    NOT_MEASURABLE("not_measurable", "Not measurable as written", "purple"),
    NO_DATA("no_data", "No data", "grey"),
    NO_PROGRESS("no_progress", "No progress", "red"),
    SOME_PROGRESS("some_progress", "Some progress", "yellow"),
    ON_TRACK("on_track", "On track", "blue"),
    ACHIEVED("achieved", "Achieved", "green");

    private final String code;
    private final String label;
    private final String colour;

    AssessmentStatus(String code, String label, String colour) {
        this.code = code;
        this.label = label;
        this.colour = colour;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** NHS.UK tag colour for pages. */
    public String colour() {
        return colour;
    }

    public static Optional<AssessmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(AssessmentStatus::code).toList());
    }
}
