package org.rarewatch.engine.classification.group;

/** Whether a site has a staging system, and whether the NHS stage 1–2 measure counts it. */
public enum Stageability {
    /** Counted in the NHS (NDRS) stage 1–2 measure. */
    NHS_STAGEABLE,
    /** A staging system exists (mostly TNM) but the NHS measure does not count the site. */
    HAS_STAGING_SYSTEM,
    /** No staging system (most brain/CNS tumours, leukaemias, cancer of unknown primary). */
    NO_STAGING_SYSTEM,
    /** The code is not in the table. */
    UNKNOWN;

    /** Reads the {@code stageable_in_nhs_measure} column: true | false | unknown. */
    static Stageability fromTableValue(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> NHS_STAGEABLE;
            case "false" -> NO_STAGING_SYSTEM;
            case "unknown" -> HAS_STAGING_SYSTEM;
            default -> null;
        };
    }

    public boolean hasStagingSystem() {
        return this == NHS_STAGEABLE || this == HAS_STAGING_SYSTEM;
    }
}
