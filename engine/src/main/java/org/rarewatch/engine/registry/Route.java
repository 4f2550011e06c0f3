package org.rarewatch.engine.registry;

import java.util.Locale;

/**
 * Route to diagnosis, as the national registry's Routes to Diagnosis links it (category names as in
 * the NDRS Get Data Out tables). {@link #NOT_RECORDED} means the extract has no route column at all.
 */
public enum Route {
    NOT_RECORDED("not recorded"),
    SCREENING("Screening"),
    TWO_WEEK_WAIT("Two Week Wait"),
    GP_REFERRAL("GP Referral"),
    OTHER_OUTPATIENT("Other Outpatient"),
    INPATIENT_ELECTIVE("Inpatient Elective"),
    EMERGENCY_PRESENTATION("Emergency Presentation"),
    DEATH_CERTIFICATE_ONLY("DCO"),
    UNKNOWN("Unknown Route");

    private static final Route[] VALUES = values();
    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Route of(int ordinal) {
        return VALUES[ordinal];
    }

    /** A route that is known and is not an emergency or death-certificate-only diagnosis. */
    public boolean nonEmergency() {
        return this == SCREENING || this == TWO_WEEK_WAIT || this == GP_REFERRAL || this == OTHER_OUTPATIENT
                || this == INPATIENT_ELECTIVE;
    }

    public boolean known() {
        return this != NOT_RECORDED && this != UNKNOWN;
    }

    /** Reads a route value (label, enum name or common short forms); {@code null} when not recognised. */
    public static Route parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return switch (v) {
            case "", "unknown", "unknown route", "route not classified", "not known", "9", "none", "null" -> UNKNOWN;
            case "screening", "screen detected" -> SCREENING;
            case "two week wait", "2ww", "tww", "two week wait referral" -> TWO_WEEK_WAIT;
            case "gp referral", "gp" -> GP_REFERRAL;
            case "other outpatient", "outpatient" -> OTHER_OUTPATIENT;
            case "inpatient elective", "elective inpatient" -> INPATIENT_ELECTIVE;
            case "emergency presentation", "emergency", "ep" -> EMERGENCY_PRESENTATION;
            case "dco", "death certificate only" -> DEATH_CERTIFICATE_ONLY;
            default -> null;
        };
    }
}
