package org.rarewatch.app.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rarewatch.engine.classification.RlcCategory;
import org.rarewatch.engine.classification.cwtfds.FdsSuspectedCancerTypes;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.earlydiagnosis.EarlyDiagnosis;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.ReferenceTable;
import org.springframework.stereotype.Component;

/**
 * The versioned tables that tie figures to the rest of the product: which indicators measure which commitment
 * (and against what target), the cancers the dashboard has pages for, and RARECARE incidence bands. Read and
 * checked once; a bad row stops start-up with one line per problem.
 */
@Component
public class FiguresReference {

    public static final String VERSION = "2026-11";
    static final String LINKS = "reference/indicator-links/commitment-indicators-" + VERSION + ".csv";
    static final String CANCERS = "reference/dashboard-cancers/dashboard-cancers-" + VERSION + ".csv";
    static final String RARECARE = "reference/rarecare/rarecare-tier1-" + VERSION + ".csv";

    /** A RARECARE tier-1 entity with its European crude incidence band per 100,000 per year. */
    public record RarecareEntity(String name, String incidenceBand, String prevalence, String sourceUrl) {

        /** Rare under RARECARE when the whole band is below 6 per 100,000 per year. */
        public boolean rare() {
            String band = incidenceBand.replace("band", "").strip();
            if (band.startsWith("<=")) {
                return parse(band.substring(2)) <= 6;
            }
            if (band.startsWith(">")) {
                String[] bounds = band.substring(1).split("-");
                return bounds.length == 2 && parse(bounds[1]) <= 6;
            }
            return false;
        }

        private static double parse(String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return Double.MAX_VALUE;
            }
        }
    }

    private final List<IndicatorLink> links;
    private final Map<String, DashboardCancer> cancers;
    private final Map<String, RarecareEntity> rarecare;

    public FiguresReference() {
        List<InputProblem> problems = new ArrayList<>();
        this.rarecare = readRarecare(problems);
        this.cancers = readCancers(problems, rarecare.keySet());
        this.links = readLinks(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<IndicatorLink> links() {
        return links;
    }

    public List<IndicatorLink> linksOf(String commitmentId) {
        return links.stream().filter(l -> l.commitmentId().equals(commitmentId)).toList();
    }

    public List<DashboardCancer> cancers() {
        return List.copyOf(cancers.values());
    }

    public Optional<DashboardCancer> cancer(String slug) {
        return Optional.ofNullable(cancers.get(slug));
    }

    public Optional<RarecareEntity> rarecare(String name) {
        return Optional.ofNullable(rarecare.get(name));
    }

    private static Map<String, RarecareEntity> readRarecare(List<InputProblem> problems) {
        Map<String, RarecareEntity> out = new LinkedHashMap<>();
        for (ReferenceTable.Row row : read(RARECARE, List.of("tier1_entity", "crude_incidence_per_100k",
                "prevalence_per_100k", "source_url"), problems)) {
            String name = row.get("tier1_entity");
            if (name.isEmpty()) {
                problems.add(row.problem("tier1_entity", "an entity name is required"));
                continue;
            }
            out.put(name, new RarecareEntity(name, row.get("crude_incidence_per_100k"), row.get("prevalence_per_100k"),
                    row.get("source_url")));
        }
        return out;
    }

    private static Map<String, DashboardCancer> readCancers(List<InputProblem> problems, Set<String> rarecareNames) {
        CancerGroupTable groups = CancerGroupTable.current();
        Set<String> knownGroups = new HashSet<>(groups.groups());
        // the registry measures also report these age-defined groups (ICCC-3 and the AYA site recode)
        knownGroups.add(EarlyDiagnosis.CHILDREN);
        knownGroups.add(EarlyDiagnosis.TEENAGE_YOUNG_ADULT);
        Map<String, DashboardCancer> out = new LinkedHashMap<>();
        for (ReferenceTable.Row row : read(CANCERS, List.of("slug", "label", "category", "registry_groups", "fds_type",
                "rarecare_entities", "survival_site", "note"), problems)) {
            String slug = row.get("slug");
            if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(row.problem("slug", "must be lower-case words joined by hyphens"));
            } else if (out.containsKey(slug)) {
                problems.add(row.problem("slug", "appears twice"));
            }
            RlcCategory category = switch (row.get("category")) {
                case "rare_and_less_common" -> RlcCategory.RARE_AND_LESS_COMMON;
                case "big_four" -> RlcCategory.BIG_FOUR;
                default -> {
                    problems.add(row.problem("category", "must be rare_and_less_common or big_four"));
                    yield RlcCategory.UNKNOWN;
                }
            };
            List<String> registry = list(row.get("registry_groups"));
            registry.stream().filter(g -> !knownGroups.contains(g))
                    .forEach(g -> problems.add(row.problem("registry_groups", "'" + g + "' is not a registry cancer group")));
            String fds = row.get("fds_type");
            if (!fds.isEmpty() && FdsSuspectedCancerTypes.bySlug(fds).isEmpty()) {
                problems.add(row.problem("fds_type", "not a Faster Diagnosis Standard suspected cancer type slug"));
            }
            List<String> entities = list(row.get("rarecare_entities"));
            entities.stream().filter(e -> !rarecareNames.contains(e))
                    .forEach(e -> problems.add(row.problem("rarecare_entities", "'" + e + "' is not a RARECARE tier-1 entity")));
            if (row.get("label").isEmpty()) {
                problems.add(row.problem("label", "a label is required"));
            }
            out.putIfAbsent(slug, new DashboardCancer(slug, row.get("label"), category, registry,
                    fds.isEmpty() ? null : fds, entities, row.get("survival_site"), row.get("note"), row.quality()));
        }
        return out;
    }

    private static List<IndicatorLink> readLinks(List<InputProblem> problems) {
        List<IndicatorLink> out = new ArrayList<>();
        for (ReferenceTable.Row row : read(LINKS, List.of("commitment_id", "indicator", "scope", "target_percent",
                "target_date", "target_label", "threshold_id", "note", "source_url"), problems)) {
            String scope = row.get("scope");
            if (!scope.equals("all") && !scope.equals("overall")) {
                problems.add(row.problem("scope", "must be all or overall"));
            }
            if (!row.get("indicator").matches("[a-z0-9_]+")) {
                problems.add(row.problem("indicator", "must be a lower-case indicator id"));
            }
            BigDecimal percent = null;
            if (!row.get("target_percent").isEmpty()) {
                try {
                    percent = new BigDecimal(row.get("target_percent"));
                    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                        problems.add(row.problem("target_percent", "must be above 0 and at most 100"));
                    }
                } catch (NumberFormatException e) {
                    problems.add(row.problem("target_percent", "not a number"));
                }
            }
            LocalDate date = null;
            if (!row.get("target_date").isEmpty()) {
                try {
                    date = LocalDate.parse(row.get("target_date"));
                } catch (DateTimeParseException e) {
                    problems.add(row.problem("target_date", "not a date (YYYY-MM-DD)"));
                }
            }
            if ((percent == null) != (date == null)) {
                problems.add(row.problem("target_date", "a target needs both a percentage and a date, or neither"));
            }
            out.add(new IndicatorLink(row.get("commitment_id"), row.get("indicator"), scope.equals("overall"), percent,
                    date, row.get("target_label"), row.get("threshold_id"), row.get("note"), row.get("source_url"),
                    VERSION));
        }
        return List.copyOf(out);
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }

    private static List<ReferenceTable.Row> read(String resource, List<String> columns, List<InputProblem> problems) {
        try (InputStream in = FiguresReference.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled table missing from the application: " + resource);
            }
            return ReferenceTable.read(resource, in, columns).rows();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
