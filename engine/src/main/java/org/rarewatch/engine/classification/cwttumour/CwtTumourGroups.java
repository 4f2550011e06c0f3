package org.rarewatch.engine.classification.cwttumour;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * Tumour groups of the 31-day and 62-day combined standards: the April 2022 grouping (to September
 * 2023) and the October 2023 grouping, with NHS England's published mapping from new to old.
 * Tables: {@code classification/cwt-tumour-groups/} (README beside them).
 */
public final class CwtTumourGroups {

    public static final String VERSION = "2026-11";
    public static final String RESOURCE = "classification/cwt-tumour-groups/cwt-tumour-groups-" + VERSION + ".csv";
    public static final String MAPPING_RESOURCE =
            "classification/cwt-tumour-groups/tumour-classification-oct2023-to-apr22-sep23-mapping.csv";
    /** The label on rows broken down by treatment modality rather than tumour group. */
    public static final String ALL_CANCERS = "ALL CANCERS";

    private static final List<Grouping> GROUPINGS = load();
    private static final Map<String, String> NEW_TO_OLD = loadMapping();

    private CwtTumourGroups() {
    }

    /** The tumour group for a label in the grouping that applies to {@code month}, or an unknown type. */
    public static CwtCancerType classify(String label, YearMonth month) {
        return find(label, month).orElseGet(() -> CwtCancerType.unknown(label));
    }

    public static Optional<CwtCancerType> find(String label, YearMonth month) {
        if (label == null) {
            return Optional.empty();
        }
        LocalDate day = month.atDay(1);
        for (Grouping grouping : GROUPINGS) {
            if (grouping.applies(day)) {
                return Optional.ofNullable(grouping.types.get(key(label)));
            }
        }
        return Optional.empty();
    }

    /** The April 2022 group a October 2023 group maps to (NHS England technical note). */
    public static Optional<String> olderGroupOf(String oct2023Label) {
        return Optional.ofNullable(NEW_TO_OLD.get(key(oct2023Label)));
    }

    /** Every group of one grouping ({@code apr2022} or {@code oct2023}) in table order. */
    public static List<CwtCancerType> grouping(String name) {
        return GROUPINGS.stream().filter(g -> g.name.equals(name)).findFirst()
                .map(g -> List.copyOf(g.types.values())).orElse(List.of());
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    private record Grouping(String name, LocalDate from, LocalDate to, Map<String, CwtCancerType> types) {
        boolean applies(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private static List<Grouping> load() {
        ReferenceTable table = ClassificationTables.load(RESOURCE,
                List.of("grouping", "cancer_type", "slug", "category", "valid_from", "valid_to", "note"));
        Map<String, Grouping> groupings = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            String name = row.get("grouping");
            Grouping grouping = groupings.computeIfAbsent(name, n -> new Grouping(n,
                    LocalDate.parse(row.get("valid_from")),
                    row.get("valid_to").isEmpty() ? null : LocalDate.parse(row.get("valid_to")),
                    new LinkedHashMap<>()));
            CwtCancerType type = new CwtCancerType(row.get("cancer_type"), row.get("slug"), name,
                    RlcCategory.parse(row.get("category")), row.get("note"));
            grouping.types.put(key(type.label()), type);
        }
        return Collections.unmodifiableList(new ArrayList<>(groupings.values()));
    }

    private static Map<String, String> loadMapping() {
        ReferenceTable table = ClassificationTables.load(MAPPING_RESOURCE,
                List.of("CANCER_TYPE_FROM_OCT2023", "CANCER_TYPE_APR2022_TO_SEP2023"));
        Map<String, String> mapping = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            mapping.put(key(row.get("CANCER_TYPE_FROM_OCT2023")), row.get("CANCER_TYPE_APR2022_TO_SEP2023"));
        }
        return Collections.unmodifiableMap(mapping);
    }
}
