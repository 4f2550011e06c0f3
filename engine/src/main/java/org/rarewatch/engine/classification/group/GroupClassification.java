package org.rarewatch.engine.classification.group;

import org.rarewatch.engine.reference.DataQuality;

/**
 * What an ICD-10 code means for Rarewatch: its cancer group, whether that group is one of the big
 * four, whether the site is staged, and whether it belongs to "all cancers" (C00–C97 excluding C44).
 * Bad or unlisted codes give {@link #UNKNOWN} rather than an exception.
 */
public record GroupClassification(String code, String cancerGroup, boolean bigFour, Stageability stageability,
        boolean inAllCancersScope, DataQuality quality) {

    public static final String UNKNOWN_GROUP = "Unknown";

    public static final GroupClassification UNKNOWN =
            new GroupClassification("", UNKNOWN_GROUP, false, Stageability.UNKNOWN, false, DataQuality.OK);

    public boolean known() {
        return !UNKNOWN_GROUP.equals(cancerGroup);
    }

    /** Rare and less common = every cancer in scope except the big four (Cancer52). */
    public boolean rareOrLessCommon() {
        return inAllCancersScope && !bigFour;
    }
}
