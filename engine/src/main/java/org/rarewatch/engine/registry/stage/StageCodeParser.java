package org.rarewatch.engine.registry.stage;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads {@code STAGE_BEST} with {@code STAGE_BEST_SYSTEM}. A system named in the table (Binet, INRG,
 * Chang, ISS, Wilms, FIGO, Ann Arbor, Rai, Dukes) decides by longest prefix; otherwise the code is
 * TNM-style and its first character decides: 0–4 are stages, 6 and U unstageable, ?, X and 5
 * missing. Anything else is an unknown code ({@code null}), which the reader rejects.
 */
public final class StageCodeParser {

    private final StageSystemTable systems;
    /** Stage and system values repeat endlessly; caching the pair keeps the hot loop allocation-free. */
    private final ConcurrentHashMap<String, StageCategory> cache = new ConcurrentHashMap<>();
    private static final StageCategory UNKNOWN_CODE = null;

    public StageCodeParser(StageSystemTable systems) {
        this.systems = systems;
    }

    public StageSystemTable systems() {
        return systems;
    }

    /** @return the category, or {@code null} for an unknown code */
    public StageCategory parse(String stage, String system) {
        String key = system == null || system.isEmpty() ? stage : stage + '\u0001' + system;
        StageCategory cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        StageCategory parsed = parseUncached(stage, system);
        if (parsed != null && cache.size() < 10_000) {
            cache.put(key, parsed);
        }
        return parsed;
    }

    private StageCategory parseUncached(String stage, String system) {
        String s = stage == null ? "" : stage.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("NONE") || s.equals("NULL") || s.equals("NA")) {
            return StageCategory.MISSING;
        }
        String named = systems.systemNamedIn(system == null ? null : system.strip());
        if (named != null) {
            StageCategory mapped = systems.categorise(named, s);
            if (mapped != null) {
                return mapped;
            }
        }
        if (!isAlphanumeric(s.substring(1))) {
            return UNKNOWN_CODE;
        }
        return switch (s.charAt(0)) {
            case '0' -> StageCategory.STAGE_0;
            case '1' -> StageCategory.STAGE_1;
            case '2' -> StageCategory.STAGE_2;
            case '3' -> StageCategory.STAGE_3;
            case '4' -> StageCategory.STAGE_4;
            case '6', 'U' -> s.length() == 1 || s.startsWith("UNSTAGEABLE") ? StageCategory.UNSTAGEABLE : UNKNOWN_CODE;
            case '?', 'X', '5' -> s.length() == 1 ? StageCategory.MISSING : UNKNOWN_CODE;
            default -> UNKNOWN_CODE;
        };
    }

    private static boolean isAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
