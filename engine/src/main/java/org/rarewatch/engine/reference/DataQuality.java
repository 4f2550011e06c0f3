package org.rarewatch.engine.reference;

import java.util.Locale;
import java.util.Map;

/**
 * How far a researched reference row can be trusted. The researchers who compiled the reference
 * tables wrote UNCERTAIN or UNVERIFIED into the text where a fact could not be confirmed; that marker
 * becomes this flag so that it is shown to users instead of being silently dropped.
 */
public enum DataQuality {
    /** No caveat recorded by the researchers. */
    OK("Sourced"),
    /** Some part of the row could not be confirmed (e.g. a date or the exact wording). */
    UNCERTAIN("Uncertain"),
    /** The row itself was not seen in any stored source. */
    UNVERIFIED("Unverified");

    private final String label;

    DataQuality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The flag for a row, with the names of the fields that carry a marker. */
    public static Assessment assess(Map<String, String> fields) {
        DataQuality worst = OK;
        StringBuilder where = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            DataQuality found = markerIn(field.getValue());
            if (found != OK) {
                if (where.length() > 0) {
                    where.append(", ");
                }
                where.append(field.getKey());
                if (found.ordinal() > worst.ordinal()) {
                    worst = found;
                }
            }
        }
        return new Assessment(worst, worst == OK ? "" : worst.label() + " in: " + where);
    }

    static DataQuality markerIn(String text) {
        if (text == null) {
            return OK;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("UNVERIFIED")) {
            return UNVERIFIED;
        }
        return upper.contains("UNCERTAIN") ? UNCERTAIN : OK;
    }

    /** The flag and a short human note naming the fields that carry a marker. */
    public record Assessment(DataQuality quality, String note) {
    }
}
