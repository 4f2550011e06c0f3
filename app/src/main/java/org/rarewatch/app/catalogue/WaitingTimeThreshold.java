package org.rarewatch.app.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rarewatch.engine.reference.DataQuality;

/**
 * A waiting-times threshold with the period it applied to. {@code kind} separates operational
 * standards from planning ambitions and plan commitments; {@code thresholdPercent} is null for a
 * collection-only period.
 */
public record WaitingTimeThreshold(
        String id,
        String standardId,
        String description,
        BigDecimal thresholdPercent,
        String kind,
        LocalDate fromDate,
        LocalDate toDate,
        String dateNote,
        String sourceUrl,
        DataQuality quality,
        String qualityNote) {
}
