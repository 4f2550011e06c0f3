package org.rarewatch.app.tracker;

/** The edition, commitment or recommendation asked for does not exist (HTTP 404). */
public class TrackerNotFoundException extends RuntimeException {
    public TrackerNotFoundException(String message) {
        super(message);
    }
}
