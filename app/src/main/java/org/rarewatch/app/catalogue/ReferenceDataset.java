package org.rarewatch.app.catalogue;

import java.util.List;

/**
 * The versioned reference tables the catalogue is seeded from. Each bundled file name carries its
 * version; a provenance README sits beside it.
 */
public enum ReferenceDataset {
    PLANS("plans", "reference/plans/plans-2026-11.csv",
            List.of("plan_id", "title", "publisher", "published", "period", "url")),
    COMMITMENTS("commitments", "reference/commitments/commitments-2026-11.csv",
            List.of("plan_id", "commitment_id", "theme", "summary", "target_value", "target_unit",
                    "target_date", "rare_cancer_relevance", "source_url")),
    CANCER_GROUPS("cancer-groups", "classification/cancer-groups/cancer-groups-2026-11.csv",
            List.of("icd10_code", "description", "cancer_group", "group_mapping_confidence", "big_four",
                    "stageable_in_nhs_measure", "note", "source_url")),
    WAITING_TIME_THRESHOLDS("waiting-time-thresholds",
            "waitingtimes/thresholds/waiting-time-thresholds-2026-11.csv",
            List.of("threshold_id", "standard_id", "description", "threshold_percent", "kind", "from_date",
                    "to_date", "date_note", "source_url"));

    static final String BUNDLED_VERSION = "2026-11";

    private final String id;
    private final String bundledResource;
    private final List<String> requiredColumns;

    ReferenceDataset(String id, String bundledResource, List<String> requiredColumns) {
        this.id = id;
        this.bundledResource = bundledResource;
        this.requiredColumns = requiredColumns;
    }

    public String id() {
        return id;
    }

    public String bundledResource() {
        return bundledResource;
    }

    /** The file name looked for when the tables are loaded from a directory instead. */
    public String fileName() {
        return id + ".csv";
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }
}
