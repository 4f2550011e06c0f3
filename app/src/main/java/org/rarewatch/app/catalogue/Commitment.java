package org.rarewatch.app.catalogue;

import org.rarewatch.engine.reference.DataQuality;

/**
 * One commitment made in a plan. Targets and dates are kept as the source words them ("2029-03",
 * "2019 (start)"); {@code targetYear} is the first year named, for sorting and trajectories.
 */
public record Commitment(
        String id,
        String planId,
        String theme,
        String summary,
        String targetValue,
        String targetUnit,
        String targetDate,
        Integer targetYear,
        String relevance,
        String relevanceNote,
        String sourceUrl,
        DataQuality quality,
        String qualityNote,
        int sortOrder) {

    /** "75 % of (stageable) cancers ..." or "" when the commitment sets no numeric target. */
    public String target() {
        if (targetValue.isEmpty()) {
            return targetUnit;
        }
        return targetUnit.isEmpty() ? targetValue : targetValue + " " + targetUnit;
    }

    /** The theme as words: {@code early_diagnosis} becomes "Early diagnosis". */
    public String themeLabel() {
        String words = theme.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
