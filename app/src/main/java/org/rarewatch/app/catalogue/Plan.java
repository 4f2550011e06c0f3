package org.rarewatch.app.catalogue;

import org.rarewatch.engine.reference.DataQuality;

/** A national plan, strategy, act or alliance briefing whose commitments Rarewatch tracks. */
public record Plan(
        String id,
        String title,
        String publisher,
        String published,
        String period,
        String url,
        DataQuality quality,
        String qualityNote,
        int sortOrder) {
}
