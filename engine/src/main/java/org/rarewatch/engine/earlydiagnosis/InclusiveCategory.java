package org.rarewatch.engine.earlydiagnosis;

/** How the inclusive early-diagnosis measure accounts for a tumour. */
public enum InclusiveCategory {
    /** A known TNM-style stage (0–4) counts directly. */
    MEASURED,
    /** A site with a staging system but no usable stage: early/advanced imputed from comparable tumours. */
    IMPUTED,
    /** Staged in another system (Binet, INRG, Chang, ISS, FIGO, ...), mapped through the versioned table. */
    MAPPED,
    /** No staging system (or recorded unstageable): non-emergency route to diagnosis as the early proxy. */
    PROXY,
    /** Nothing to go on: no staging system and no route-to-diagnosis column. */
    UNMEASURED;

    /** The suffix of the {@code early_inclusive_share_<category>} indicator. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
