package org.rarewatch.app.tracker;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One annual edition of the tracker, assessed against one plan. */
public record Edition(int year, String title, LocalDate asOf, String planId, EditionState state, String note,
        String contentHash, OffsetDateTime publishedAt, int version) {

    public boolean published() {
        return state == EditionState.PUBLISHED;
    }
}
