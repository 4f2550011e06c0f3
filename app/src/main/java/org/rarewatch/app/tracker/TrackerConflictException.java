package org.rarewatch.app.tracker;

/**
 * The change cannot be applied to the stored state (HTTP 409): someone else saved first (optimistic
 * locking), or the edition is published and frozen. Nothing was written.
 */
public class TrackerConflictException extends RuntimeException {

    private final Integer currentVersion;

    public TrackerConflictException(String message, Integer currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public TrackerConflictException(String message) {
        this(message, null);
    }

    /** The version now stored, so the editor can reload and re-apply their change; null when not relevant. */
    public Integer currentVersion() {
        return currentVersion;
    }
}
