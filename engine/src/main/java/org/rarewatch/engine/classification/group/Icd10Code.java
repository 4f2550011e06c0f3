package org.rarewatch.engine.classification.group;

import java.util.Locale;

/**
 * A syntactically valid ICD-10 code at 3 or 4 characters, e.g. {@code C50} or {@code C50.9}.
 * Registry extracts write the 4-character form without the dot ({@code C509}); both are accepted.
 *
 * @param letter   chapter letter, upper case
 * @param category the two-digit category, 0..99
 * @param subcode  the fourth character digit, or -1 when only 3 characters were given
 */
public record Icd10Code(char letter, int category, int subcode) {

    /** The code as parsed, or {@code null} when the text is not an ICD-10 code (never throws). */
    public static Icd10Code parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.length() == 5 && s.charAt(3) == '.') {
            s = s.substring(0, 3) + s.charAt(4);
        }
        if (s.length() == 4 && s.charAt(3) == 'X') {
            s = s.substring(0, 3);
        }
        if (s.length() < 3 || s.length() > 4) {
            return null;
        }
        char letter = s.charAt(0);
        if (letter < 'A' || letter > 'Z' || !isDigit(s.charAt(1)) || !isDigit(s.charAt(2))) {
            return null;
        }
        int category = (s.charAt(1) - '0') * 10 + (s.charAt(2) - '0');
        int sub = -1;
        if (s.length() == 4) {
            if (!isDigit(s.charAt(3))) {
                return null;
            }
            sub = s.charAt(3) - '0';
        }
        return new Icd10Code(letter, category, sub);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code C50}. */
    public String threeCharacter() {
        return letter + (category < 10 ? "0" : "") + category;
    }

    /** {@code C50.9}, or the 3-character form when no fourth character was given. */
    public String display() {
        return subcode < 0 ? threeCharacter() : threeCharacter() + "." + subcode;
    }

    /**
     * The NDRS "all malignant cancers excluding non-melanoma skin cancer" population:
     * ICD-10 C00–C97 except C44.
     */
    public boolean inAllCancersScope() {
        return letter == 'C' && category <= 97 && category != 44;
    }
}
