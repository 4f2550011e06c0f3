package org.rarewatch.app.figures;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An editor's decision on a suggested trajectory status: accepted as suggested, or overridden with another
 * status and a reason. Both the suggestion and the decision are kept; decisions are never updated, a new one
 * is added.
 */
public record TrajectoryDecision(long id, String commitmentId, String linkKey, String scope, String suggested,
                                 String decision, String status, String reason, String decidedBy,
                                 OffsetDateTime decidedAt) {

    public static final String ACCEPTED = "accepted";
    public static final String OVERRIDDEN = "overridden";

    static final Map<String, String> STATUS_LABELS = Map.of("on_track", "On track", "off_track", "Off track",
            "cannot_tell", "Cannot tell");

    public String statusLabel() {
        return STATUS_LABELS.getOrDefault(status, status);
    }

    public boolean overridden() {
        return OVERRIDDEN.equals(decision);
    }
}
