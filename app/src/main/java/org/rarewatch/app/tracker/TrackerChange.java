package org.rarewatch.app.tracker;

import java.time.OffsetDateTime;

/** One recorded change: who, when, what (entity and key), and the row before and after as JSON. */
public record TrackerChange(OffsetDateTime changedAt, String changedBy, int editionYear, String entity,
        String entityKey, String action, String beforeJson, String afterJson) {
}
