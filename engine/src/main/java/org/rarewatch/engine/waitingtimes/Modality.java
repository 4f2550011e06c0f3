package org.rarewatch.engine.waitingtimes;

import java.util.Locale;
import java.util.Optional;

/** {@code TREATMENT MODALITY}: blank for FDS; for 31/62-day either ALL MODALITIES (rows by tumour group) or one modality. */
public enum Modality {
    NONE(""),
    ALL_MODALITIES("ALL MODALITIES"),
    ANTI_CANCER_DRUG_REGIMEN("Anti-cancer drug regimen"),
    RADIOTHERAPY("Radiotherapy"),
    SURGERY("Surgery"),
    OTHER("Other");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Modality> parse(String label) {
        String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        for (Modality m : values()) {
            if (m.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
