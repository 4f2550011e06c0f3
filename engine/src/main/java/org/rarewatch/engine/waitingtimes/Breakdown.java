package org.rarewatch.engine.waitingtimes;

import java.util.Locale;
import java.util.Optional;

/** A dimension results can be broken down by (each on its own, alongside the national total). */
public enum Breakdown {
    CANCER_TYPE,
    /** Rare and less common vs big four (and mixed types), side by side; comes with CANCER_TYPE. */
    RLC_CATEGORY,
    ROUTE,
    PROVIDER,
    /** ICB of the provider's location (provider extracts). */
    ICB,
    /** NHS England region of the provider's location (provider extracts). */
    REGION,
    /** Commissioning ICB of the patients (ICB sub-location extracts); not chosen with --by. */
    COMMISSIONER_ICB,
    /** NHS England region of the commissioning ICB (ICB sub-location extracts); not chosen with --by. */
    COMMISSIONER_REGION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Breakdown> parse(String code) {
        for (Breakdown b : values()) {
            if (b != RLC_CATEGORY && b != COMMISSIONER_ICB && b != COMMISSIONER_REGION
                    && b.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
