package org.rarewatch.engine.classification;

/**
 * One CWT cancer type as published ({@code Suspected sarcoma}, {@code Urological - Prostate}...), with
 * its classification.
 *
 * @param label    the exact label in the CWT-CRS extracts
 * @param slug     a stable URL-safe name
 * @param grouping which classification it belongs to: {@code fds}, {@code apr2022}, {@code oct2023}
 * @param category rare and less common, big four, mixed or unknown
 * @param note     why, where the assignment needs explaining (may be empty)
 */
public record CwtCancerType(String label, String slug, String grouping, RlcCategory category, String note) {

    public static CwtCancerType unknown(String label) {
        return new CwtCancerType(label, "unknown", "unknown", RlcCategory.UNKNOWN, "not in the classification");
    }

    public boolean isKnown() {
        return !"unknown".equals(grouping);
    }
}
