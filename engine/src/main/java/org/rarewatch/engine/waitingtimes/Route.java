package org.rarewatch.engine.waitingtimes;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code STAGE/ROUTE} of a CWT-CRS row, normalised: the extracts spell the same route in capitals
 * for FDS ({@code URGENT SUSPECTED CANCER}) and in title case for 62-day ({@code Urgent Suspected Cancer}),
 * and name screening and breast symptomatic differently per standard.
 */
public enum Route {
    URGENT_SUSPECTED_CANCER("Urgent suspected cancer"),
    SCREENING("Screening"),
    BREAST_SYMPTOMATIC("Breast symptomatic"),
    CONSULTANT_UPGRADE("Consultant upgrade"),
    FIRST_TREATMENT("First treatment"),
    SUBSEQUENT_TREATMENT("Subsequent treatment");

    private static final Map<String, Route> LABELS = Map.of(
            "urgent suspected cancer", URGENT_SUSPECTED_CANCER,
            "national screening programme", SCREENING,
            "screening", SCREENING,
            "breast symptomatic, cancer not suspected", BREAST_SYMPTOMATIC,
            "breast symptomatic", BREAST_SYMPTOMATIC,
            "consultant upgrade", CONSULTANT_UPGRADE,
            "first treatment", FIRST_TREATMENT,
            "subsequent treatment", SUBSEQUENT_TREATMENT);

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A short code for flags: {@code urgent_suspected_cancer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The route for a published label, in any case. */
    public static Optional<Route> parse(String label) {
        return Optional.ofNullable(LABELS.get(label == null ? "" : label.strip().toLowerCase(Locale.ROOT)));
    }

    /** Routes that occur with a standard. */
    public static Set<Route> of(Standard standard) {
        return switch (standard) {
            case FDS_28D -> EnumSet.of(URGENT_SUSPECTED_CANCER, SCREENING, BREAST_SYMPTOMATIC);
            case COMBINED_31D -> EnumSet.of(FIRST_TREATMENT, SUBSEQUENT_TREATMENT);
            case COMBINED_62D -> EnumSet.of(URGENT_SUSPECTED_CANCER, SCREENING, BREAST_SYMPTOMATIC, CONSULTANT_UPGRADE);
        };
    }
}
