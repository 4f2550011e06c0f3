package org.rarewatch.engine.classification;

import java.util.Locale;

/** Where a cancer type stands against the "big four" (breast, prostate, lung, bowel). */
public enum RlcCategory {
    RARE_AND_LESS_COMMON("Rare and less common"),
    BIG_FOUR("Big four"),
    /** The type mixes big-four and rare/less common cancers, so it counts on neither side. */
    MIXED("Mixed or not site-specific"),
    UNKNOWN("Unknown");

    private final String label;

    RlcCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the {@code category} column of the classification tables ({@code rare_and_less_common}...). */
    public static RlcCategory parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
