package org.rarewatch.engine.classification.group;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.DataQuality;
import org.rarewatch.engine.reference.ReferenceTable;

/**
 * The versioned ICD-10 → cancer group table ({@code classification/cancer-groups/cancer-groups-VERSION.csv}).
 * A 4-character row (e.g. {@code D35.2}) wins over its 3-character parent. Each group has a small
 * integer id so that hot loops can classify without strings.
 */
public final class CancerGroupTable {

    public static final String CURRENT_VERSION = "2026-11";
    static final List<String> COLUMNS = List.of("icd10_code", "cancer_group", "big_four", "stageable_in_nhs_measure");

    private final String version;
    private final Map<String, GroupClassification> byCode;
    private final List<String> groups;
    private final Map<String, Integer> groupIds = new HashMap<>();
    private final Map<String, Boolean> groupBigFour = new HashMap<>();

    private CancerGroupTable(String version, Map<String, GroupClassification> byCode) {
        this.version = version;
        this.byCode = byCode;
        Set<String> names = new LinkedHashSet<>();
        names.add(GroupClassification.UNKNOWN_GROUP);
        for (GroupClassification c : byCode.values()) {
            names.add(c.cancerGroup());
            groupBigFour.merge(c.cancerGroup(), c.bigFour(), Boolean::logicalOr);
        }
        this.groups = List.copyOf(names);
        for (int i = 0; i < groups.size(); i++) {
            groupIds.put(groups.get(i), i);
        }
    }

    public static CancerGroupTable current() {
        return load(CURRENT_VERSION);
    }

    /** Loads a bundled version; an unknown version is a programming error. */
    public static CancerGroupTable load(String version) {
        String resource = "/classification/cancer-groups/cancer-groups-" + version + ".csv";
        try (InputStream in = CancerGroupTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no cancer-group table version " + version);
            }
            return read(version, resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CancerGroupTable read(String version, String name, InputStream in) {
        ReferenceTable table = ReferenceTable.read(name, in, COLUMNS);
        Map<String, GroupClassification> byCode = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ReferenceTable.Row row : table.rows()) {
            Icd10Code code = Icd10Code.parse(row.get("icd10_code"));
            Stageability stageability = Stageability.fromTableValue(row.get("stageable_in_nhs_measure"));
            String bigFour = row.get("big_four").toLowerCase(Locale.ROOT);
            if (code == null) {
                problems.add(row.problem("icd10_code", "not an ICD-10 code"));
            } else if (stageability == null) {
                problems.add(row.problem("stageable_in_nhs_measure", "expected true, false or unknown"));
            } else if (!bigFour.equals("true") && !bigFour.equals("false")) {
                problems.add(row.problem("big_four", "expected true or false"));
            } else {
                DataQuality quality = row.quality().quality();
                byCode.put(code.display(), new GroupClassification(code.display(), row.get("cancer_group"),
                        bigFour.equals("true"), stageability, code.inAllCancersScope(), quality));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CancerGroupTable(version, byCode);
    }

    public String version() {
        return version;
    }

    /** The group for a code such as {@code C50}, {@code C509}, {@code C50.9} or {@code D35.2}; never throws. */
    public GroupClassification classify(String icd10) {
        Icd10Code code = Icd10Code.parse(icd10);
        return code == null ? GroupClassification.UNKNOWN : classify(code);
    }

    public GroupClassification classify(Icd10Code code) {
        if (code.subcode() >= 0) {
            GroupClassification specific = byCode.get(code.display());
            if (specific != null) {
                return specific;
            }
        }
        GroupClassification general = byCode.get(code.threeCharacter());
        return general == null ? GroupClassification.UNKNOWN : general;
    }

    /** Group names, index = group id; id 0 is {@link GroupClassification#UNKNOWN_GROUP}. */
    public List<String> groups() {
        return groups;
    }

    public int groupId(String group) {
        Integer id = groupIds.get(group);
        return id == null ? 0 : id;
    }

    public boolean isBigFourGroup(String group) {
        return groupBigFour.getOrDefault(group, false);
    }
}
