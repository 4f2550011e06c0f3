package org.rarewatch.engine.registry.stage;

/**
 * What a tumour's recorded stage says, as far as early diagnosis is concerned. TNM-style codes are
 * grouped by their first character (so real-data variants such as {@code 1AE} or {@code 3A1i} work).
 */
public enum StageCategory {
    STAGE_0,
    STAGE_1,
    STAGE_2,
    STAGE_3,
    STAGE_4,
    /** Early in a non-TNM system that the NHS measure counts (Binet A/B, INRG L, Chang M0, ISS 1–2, FIGO I–II...). */
    SYSTEM_NHS_EARLY,
    SYSTEM_NHS_ADVANCED,
    /** Early in a system only the inclusive measure maps (Rai, Dukes). */
    SYSTEM_OTHER_EARLY,
    SYSTEM_OTHER_ADVANCED,
    /** Recorded as not stageable: {@code U}, {@code 6}. */
    UNSTAGEABLE,
    /** No usable stage: blank, {@code ?} (insufficient information), {@code X} (not staged), {@code 5} (invalid). */
    MISSING;

    private static final StageCategory[] VALUES = values();

    public static StageCategory of(int ordinal) {
        return VALUES[ordinal];
    }

    public boolean isTnm() {
        return ordinal() <= STAGE_4.ordinal();
    }

    public boolean isMappedSystem() {
        return this == SYSTEM_NHS_EARLY || this == SYSTEM_NHS_ADVANCED || this == SYSTEM_OTHER_EARLY
                || this == SYSTEM_OTHER_ADVANCED;
    }

    /** Early for the inclusive measure (stage 0 counts as early there). */
    public boolean early() {
        return this == STAGE_0 || this == STAGE_1 || this == STAGE_2 || this == SYSTEM_NHS_EARLY
                || this == SYSTEM_OTHER_EARLY;
    }

    public boolean advanced() {
        return this == STAGE_3 || this == STAGE_4 || this == SYSTEM_NHS_ADVANCED || this == SYSTEM_OTHER_ADVANCED;
    }

    public boolean known() {
        return early() || advanced();
    }
}
