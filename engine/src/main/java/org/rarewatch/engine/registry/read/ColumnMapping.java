package org.rarewatch.engine.registry.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/**
 * Which column of a CSV layout holds each {@link RegistryField}. Each field lists candidate column
 * names in order of preference (compared case-insensitively), so one mapping reads both Simulacrum v1
 * ({@code SEX}) and v2 ({@code GENDER}) headers.
 */
public final class ColumnMapping {

    private final Map<RegistryField, List<String>> candidates;

    private ColumnMapping(Map<RegistryField, List<String>> candidates) {
        this.candidates = candidates;
    }

    /** The Simulacrum {@code sim_av_tumour} layout, v1 and v2, plus an optional route-to-diagnosis column. */
    public static ColumnMapping simulacrum() {
        Map<RegistryField, List<String>> m = new EnumMap<>(RegistryField.class);
        m.put(RegistryField.DIAGNOSIS_DATE, List.of("DIAGNOSISDATEBEST"));
        m.put(RegistryField.SITE_ICD10, List.of("SITE_ICD10_O2", "SITE_ICD10_O2_3CHAR"));
        m.put(RegistryField.AGE, List.of("AGE"));
        m.put(RegistryField.SEX, List.of("SEX", "GENDER"));
        m.put(RegistryField.STAGE, List.of("STAGE_BEST"));
        m.put(RegistryField.STAGE_SYSTEM, List.of("STAGE_BEST_SYSTEM"));
        m.put(RegistryField.MORPHOLOGY, List.of("MORPH_ICD10_O2", "MORPH_ICDO3REV2011"));
        m.put(RegistryField.BEHAVIOUR, List.of("BEHAVIOUR_ICD10_O2", "BEHAVIOUR_ICDO3REV2011"));
        m.put(RegistryField.ROUTE, List.of("ROUTE_TO_DIAGNOSIS", "FINAL_ROUTE"));
        return new ColumnMapping(m);
    }

    /**
     * The Simulacrum mapping with some fields overridden, from {@code field=COLUMN} pairs such as
     * {@code site-icd10=ICD10}. Unknown field names are reported all together.
     */
    public static ColumnMapping simulacrumWith(List<String> overrides) {
        Map<RegistryField, List<String>> m = new EnumMap<>(simulacrum().candidates);
        List<InputProblem> problems = new ArrayList<>();
        for (String pair : overrides) {
            int eq = pair.indexOf('=');
            RegistryField field = eq > 0 ? fieldNamed(pair.substring(0, eq).strip()) : null;
            if (field == null || eq == pair.length() - 1) {
                problems.add(new InputProblem("--map", 0, "", pair,
                        "expected FIELD=COLUMN with FIELD one of " + fieldNames()));
                continue;
            }
            m.put(field, List.of(pair.substring(eq + 1).strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ColumnMapping(m);
    }

    private static RegistryField fieldNamed(String name) {
        for (RegistryField f : RegistryField.values()) {
            if (f.optionName().equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    private static String fieldNames() {
        List<String> names = new ArrayList<>();
        for (RegistryField f : RegistryField.values()) {
            names.add(f.optionName());
        }
        return String.join(", ", names);
    }

    /**
     * Column index of each field in this header (-1 when an optional field is absent).
     *
     * @throws InvalidInputException naming every required column that is missing
     */
    public Map<RegistryField, Integer> resolve(String file, List<String> header) {
        Map<RegistryField, Integer> indexes = new EnumMap<>(RegistryField.class);
        List<InputProblem> problems = new ArrayList<>();
        for (RegistryField field : RegistryField.values()) {
            int found = -1;
            for (String name : candidates.getOrDefault(field, List.of())) {
                for (int i = 0; i < header.size() && found < 0; i++) {
                    if (header.get(i).strip().toUpperCase(Locale.ROOT).equals(name.toUpperCase(Locale.ROOT))) {
                        found = i;
                    }
                }
                if (found >= 0) {
                    break;
                }
            }
            if (found < 0 && field.required()) {
                problems.add(new InputProblem(file, 1, String.join(" or ", candidates.getOrDefault(field, List.of())),
                        "", "required column for " + field.optionName() + " is missing from the header"
                                + " (use --map " + field.optionName() + "=COLUMN for another layout)"));
            }
            indexes.put(field, found);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return indexes;
    }
}
