package org.rarewatch.engine.classification.cwtfds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rarewatch.engine.classification.ClassificationTables;
import org.rarewatch.engine.classification.CwtCancerType;
import org.rarewatch.engine.classification.RlcCategory;
import org.rarewatch.engine.reference.ReferenceTable;

/**
 * The suspected cancer types of the 28-day Faster Diagnosis Standard, classified as rare and less
 * common, big four or mixed. Table: {@code classification/cwt-fds-suspected-types/} (README beside it).
 */
public final class FdsSuspectedCancerTypes {

    public static final String VERSION = "2026-11";
    public static final String RESOURCE =
            "classification/cwt-fds-suspected-types/cwt-fds-suspected-types-" + VERSION + ".csv";
    public static final String GROUPING = "fds";

    private static final Map<String, CwtCancerType> BY_LABEL = load();

    private FdsSuspectedCancerTypes() {
    }

    /** The type for a label as published (case and surrounding spaces ignored), or an unknown type. */
    public static CwtCancerType classify(String label) {
        return find(label).orElseGet(() -> CwtCancerType.unknown(label));
    }

    public static Optional<CwtCancerType> find(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(BY_LABEL.get(key(label)));
    }

    public static Optional<CwtCancerType> bySlug(String slug) {
        return BY_LABEL.values().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** Every type in table order. */
    public static List<CwtCancerType> all() {
        return List.copyOf(BY_LABEL.values());
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, CwtCancerType> load() {
        ReferenceTable table = ClassificationTables.load(RESOURCE, List.of("cancer_type", "slug", "category", "note"));
        Map<String, CwtCancerType> types = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            CwtCancerType type = new CwtCancerType(row.get("cancer_type"), row.get("slug"), GROUPING,
                    RlcCategory.parse(row.get("category")), row.get("note"));
            types.put(key(type.label()), type);
        }
        return Collections.unmodifiableMap(types);
    }
}
