package org.rarewatch.engine.registry.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.ReferenceTable;

/** Versioned mapping of non-TNM staging systems to early/advanced ({@code classification/stage-systems/}). */
public final class StageSystemTable {

    public static final String CURRENT_VERSION = "2026-11";

    private final String version;
    /** system name (upper case) → prefix (upper case) → category. */
    private final Map<String, Map<String, StageCategory>> systems;

    private StageSystemTable(String version, Map<String, Map<String, StageCategory>> systems) {
        this.version = version;
        this.systems = systems;
    }

    public static StageSystemTable current() {
        return load(CURRENT_VERSION);
    }

    public static StageSystemTable load(String version) {
        String resource = "/classification/stage-systems/stage-systems-" + version + ".csv";
        try (InputStream in = StageSystemTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no stage-system table version " + version);
            }
            ReferenceTable table = ReferenceTable.read(resource, in,
                    List.of("system", "code_prefix", "category", "in_nhs_measure"));
            Map<String, Map<String, StageCategory>> systems = new LinkedHashMap<>();
            List<InputProblem> problems = new ArrayList<>();
            for (ReferenceTable.Row row : table.rows()) {
                String category = row.get("category");
                String nhs = row.get("in_nhs_measure");
                boolean early = category.equals("early");
                if (!early && !category.equals("advanced")) {
                    problems.add(row.problem("category", "expected early or advanced"));
                    continue;
                }
                if (!nhs.equals("true") && !nhs.equals("false")) {
                    problems.add(row.problem("in_nhs_measure", "expected true or false"));
                    continue;
                }
                StageCategory c = nhs.equals("true")
                        ? (early ? StageCategory.SYSTEM_NHS_EARLY : StageCategory.SYSTEM_NHS_ADVANCED)
                        : (early ? StageCategory.SYSTEM_OTHER_EARLY : StageCategory.SYSTEM_OTHER_ADVANCED);
                systems.computeIfAbsent(row.get("system").toUpperCase(Locale.ROOT), k -> new LinkedHashMap<>())
                        .put(row.get("code_prefix").toUpperCase(Locale.ROOT), c);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new StageSystemTable(version, systems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    /** The system named in a {@code STAGE_BEST_SYSTEM} value, or {@code null} (TNM editions are numeric codes). */
    public String systemNamedIn(String stageSystemValue) {
        if (stageSystemValue == null || stageSystemValue.isEmpty()) {
            return null;
        }
        String upper = stageSystemValue.toUpperCase(Locale.ROOT);
        for (String system : systems.keySet()) {
            if (upper.contains(system)) {
                return system;
            }
        }
        return null;
    }

    /** The category of a stage code in a named system by longest prefix, or {@code null} when none matches. */
    public StageCategory categorise(String system, String stageUpper) {
        Map<String, StageCategory> prefixes = systems.get(system);
        if (prefixes == null) {
            return null;
        }
        StageCategory best = null;
        int bestLength = -1;
        for (Map.Entry<String, StageCategory> e : prefixes.entrySet()) {
            if (stageUpper.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return best;
    }
}
