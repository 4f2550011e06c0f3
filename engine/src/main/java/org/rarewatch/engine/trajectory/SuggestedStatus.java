package org.rarewatch.engine.trajectory;

/** The status a trajectory suggests for its commitment; an editor makes the final call. */
public enum SuggestedStatus {
    ON_TRACK("on_track", "On track"),
    OFF_TRACK("off_track", "Off track"),
    CANNOT_TELL("cannot_tell", "Cannot tell");

    private final String id;
    private final String label;

    SuggestedStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** "on_track", "off_track" or "cannot_tell". */
    public String id() {
        return id;
    }

    /** "On track", "Off track" or "Cannot tell". */
    public String label() {
        return label;
    }
}
