package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the versioned thresholds table. {@code percent} is null for a collection-only period. */
public record Threshold(String id, String standardId, String description, BigDecimal percent, String kind,
                        LocalDate from, LocalDate to) {

    public boolean inForceOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
