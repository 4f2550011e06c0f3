package org.rarewatch.engine.classification.rarity;

/** Cancer52/RARECARE tiers. */
public enum RarityTier {
    /** Breast, prostate, lung, bowel. */
    BIG_FOUR("Big four"),
    /** Crude incidence below 6 per 100,000 per year (RARECARE). */
    RARE("Rare"),
    /** Not big four, crude incidence of 6 or more per 100,000 per year. */
    LESS_COMMON("Less common"),
    /** No population for any year in the data, or not a cancer in scope. */
    UNKNOWN("Unknown");

    private final String label;

    RarityTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
