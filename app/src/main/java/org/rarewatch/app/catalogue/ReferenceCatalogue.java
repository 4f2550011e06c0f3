package org.rarewatch.app.catalogue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.DataQuality;
import org.rarewatch.engine.reference.ReferenceTable;

/**
 * The whole reference catalogue, parsed and checked in memory before anything is written, so that
 * a bad row leaves the database exactly as it was.
 */
public record ReferenceCatalogue(
        List<Plan> plans,
        List<Commitment> commitments,
        List<CancerGroupCode> cancerGroupCodes,
        List<WaitingTimeThreshold> thresholds,
        Map<ReferenceDataset, ReferenceSource.RawTable> tables) {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern ICD10 = Pattern.compile("[A-Z]\\d{2}(\\.\\d)?");
    private static final Set<String> RELEVANCE = Set.of("high", "medium", "low");
    private static final Set<String> THRESHOLD_KINDS =
            Set.of("operational", "planning_ambition", "plan_commitment", "ambition", "collection");

    /**
     * Reads and checks every table.
     *
     * @throws InvalidInputException with one problem per bad value, across all tables
     */
    public static ReferenceCatalogue read(ReferenceSource source) {
        Map<ReferenceDataset, ReferenceSource.RawTable> raw = new EnumMap<>(ReferenceDataset.class);
        Map<ReferenceDataset, ReferenceTable> tables = new EnumMap<>(ReferenceDataset.class);
        List<InputProblem> problems = new ArrayList<>();
        for (ReferenceDataset dataset : ReferenceDataset.values()) {
            ReferenceSource.RawTable table = source.load(dataset);
            raw.put(dataset, table);
            try {
                tables.put(dataset, ReferenceTable.read(table.name(), new ByteArrayInputStream(table.bytes()),
                        dataset.requiredColumns()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Plan> plans = plans(tables.get(ReferenceDataset.PLANS), problems);
        Set<String> planIds = new HashSet<>();
        plans.forEach(p -> planIds.add(p.id()));
        List<Commitment> commitments = commitments(tables.get(ReferenceDataset.COMMITMENTS), planIds, problems);
        List<CancerGroupCode> codes = cancerGroups(tables.get(ReferenceDataset.CANCER_GROUPS), problems);
        List<WaitingTimeThreshold> thresholds =
                thresholds(tables.get(ReferenceDataset.WAITING_TIME_THRESHOLDS), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReferenceCatalogue(plans, commitments, codes, thresholds, raw);
    }

    private static List<Plan> plans(ReferenceTable table, List<InputProblem> problems) {
        List<Plan> plans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int order = 0;
        for (ReferenceTable.Row row : table.rows()) {
            String id = required(row, "plan_id", problems);
            unique(row, "plan_id", id, seen, problems);
            required(row, "title", problems);
            checkUrl(row, "url", problems);
            DataQuality.Assessment quality = row.quality();
            plans.add(new Plan(id, row.get("title"), row.get("publisher"), row.get("published"), row.get("period"),
                    row.get("url"), quality.quality(), quality.note(), order++));
        }
        return plans;
    }

    private static List<Commitment> commitments(ReferenceTable table, Set<String> planIds,
            List<InputProblem> problems) {
        List<Commitment> commitments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int order = 0;
        for (ReferenceTable.Row row : table.rows()) {
            String id = required(row, "commitment_id", problems);
            unique(row, "commitment_id", id, seen, problems);
            String planId = row.get("plan_id");
            if (!planIds.contains(planId)) {
                problems.add(row.problem("plan_id", "no plan with this id in the plans table"));
            }
            required(row, "summary", problems);
            checkUrl(row, "source_url", problems);
            String relevanceText = row.get("rare_cancer_relevance");
            String[] relevance = splitRelevance(relevanceText);
            if (!relevanceText.isEmpty() && !RELEVANCE.contains(relevance[0])) {
                problems.add(row.problem("rare_cancer_relevance",
                        "must start with high, medium or low (optionally followed by ': note')"));
            }
            String targetDate = row.get("target_date");
            Matcher year = YEAR.matcher(targetDate);
            DataQuality.Assessment quality = row.quality();
            commitments.add(new Commitment(id, planId, row.get("theme"), row.get("summary"), row.get("target_value"),
                    row.get("target_unit"), targetDate, year.find() ? Integer.valueOf(year.group()) : null,
                    relevance[0], relevance[1], row.get("source_url"), quality.quality(), quality.note(), order++));
        }
        return commitments;
    }

    /** Splits "high: note" (or "medium", "low") into the level and the researchers' note. */
    static String[] splitRelevance(String text) {
        Matcher m = Pattern.compile("^(high|medium|low)\\b\\s*(.*)$", Pattern.DOTALL).matcher(text.strip());
        if (!m.matches()) {
            return new String[] {text.strip().toLowerCase(Locale.ROOT), ""};
        }
        String note = m.group(2).replaceFirst("^[:;,]\\s*", "").strip();
        return new String[] {m.group(1), note};
    }

    private static List<CancerGroupCode> cancerGroups(ReferenceTable table, List<InputProblem> problems) {
        List<CancerGroupCode> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReferenceTable.Row row : table.rows()) {
            String code = required(row, "icd10_code", problems);
            if (!code.isEmpty() && !ICD10.matcher(code).matches()) {
                problems.add(row.problem("icd10_code", "not an ICD-10 code such as C34 or D35.2"));
            }
            unique(row, "icd10_code", code, seen, problems);
            required(row, "cancer_group", problems);
            Boolean bigFour = bool(row, "big_four", problems);
            String stageable = row.get("stageable_in_nhs_measure");
            if (!Set.of("true", "false", "unknown").contains(stageable)) {
                problems.add(row.problem("stageable_in_nhs_measure", "must be true, false or unknown"));
            }
            DataQuality.Assessment quality = row.quality();
            codes.add(new CancerGroupCode(code, row.get("description"), row.get("cancer_group"),
                    row.get("group_mapping_confidence"), Boolean.TRUE.equals(bigFour), stageable, row.get("note"),
                    row.get("source_url"), quality.quality(), quality.note()));
        }
        return codes;
    }

    private static List<WaitingTimeThreshold> thresholds(ReferenceTable table, List<InputProblem> problems) {
        List<WaitingTimeThreshold> thresholds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReferenceTable.Row row : table.rows()) {
            String id = required(row, "threshold_id", problems);
            unique(row, "threshold_id", id, seen, problems);
            required(row, "standard_id", problems);
            BigDecimal percent = null;
            String percentText = row.get("threshold_percent");
            if (!percentText.isEmpty()) {
                try {
                    percent = new BigDecimal(percentText);
                    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                        problems.add(row.problem("threshold_percent", "must be between 0 and 100"));
                    }
                } catch (NumberFormatException e) {
                    problems.add(row.problem("threshold_percent", "not a number"));
                }
            }
            String kind = row.get("kind");
            if (!THRESHOLD_KINDS.contains(kind)) {
                problems.add(row.problem("kind", "must be one of " + String.join(", ", THRESHOLD_KINDS.stream().sorted().toList())));
            }
            LocalDate from = date(row, "from_date", problems);
            LocalDate to = date(row, "to_date", problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(row.problem("to_date", "ends before from_date " + from));
            }
            checkUrl(row, "source_url", problems);
            DataQuality.Assessment quality = row.quality();
            thresholds.add(new WaitingTimeThreshold(id, row.get("standard_id"), row.get("description"), percent, kind,
                    from, to, row.get("date_note"), row.get("source_url"), quality.quality(), quality.note()));
        }
        return thresholds;
    }

    private static String required(ReferenceTable.Row row, String column, List<InputProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(row.problem(column, "a value is required"));
        }
        return value;
    }

    private static void unique(ReferenceTable.Row row, String column, String value, Set<String> seen,
            List<InputProblem> problems) {
        if (!value.isEmpty() && !seen.add(value)) {
            problems.add(row.problem(column, "duplicate id: already used on an earlier row"));
        }
    }

    private static Boolean bool(ReferenceTable.Row row, String column, List<InputProblem> problems) {
        String value = row.get(column);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        problems.add(row.problem(column, "must be true or false"));
        return null;
    }

    private static LocalDate date(ReferenceTable.Row row, String column, List<InputProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    private static void checkUrl(ReferenceTable.Row row, String column, List<InputProblem> problems) {
        for (String url : row.get(column).split("\\s+;\\s+|\\s+")) {
            if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                problems.add(row.problem(column, "a source must be an http(s) address"));
                return;
            }
        }
    }
}
