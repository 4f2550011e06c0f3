package org.rarewatch.engine.earlydiagnosis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.classification.iccc.ChildhoodCancerClassifier;
import org.rarewatch.engine.classification.rarity.PopulationTable;
import org.rarewatch.engine.classification.rarity.RarityClassifier;
import org.rarewatch.engine.classification.rarity.RarityTier;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.registry.Route;
import org.rarewatch.engine.registry.cube.AgeBands;
import org.rarewatch.engine.registry.cube.CubeCell;
import org.rarewatch.engine.registry.cube.StageCube;
import org.rarewatch.engine.registry.stage.StageCategory;
import org.rarewatch.engine.registry.stage.StageSystemTable;
import org.rarewatch.engine.stats.Confidence;
import org.rarewatch.engine.stats.Interval;
import org.rarewatch.engine.stats.Wilson;

/**
 * Early diagnosis from a stage cube, two ways.
 *
 * <p><b>NHS measure</b> (as the national registry defines it): tumours C00–C97 excluding C44, sex male
 * or female, stage 0 excluded, at a site the measure counts as stageable or staged in a system it maps
 * (Binet, INRG, Chang, ISS, Wilms, FIGO/Ann Arbor as stage equivalents). Early = stage 1–2, advanced =
 * 3–4; unknown stage is left out of the denominator and reported as staging completeness.
 *
 * <p><b>Inclusive measure</b>: every tumour C00–C97 excluding C44 is put in one category
 * ({@link InclusiveCategory}); see {@code docs/methods.md}, "Early diagnosis".
 */
public final class EarlyDiagnosis {

    public static final String ALL_CANCERS = "All cancers";
    public static final String RARE_AND_LESS_COMMON = "Rare and less common cancers";
    public static final String RARE = "Rare cancers";
    public static final String LESS_COMMON = "Less common cancers";
    public static final String BIG_FOUR = "Big four cancers";
    public static final String CHILDREN = "Children's cancers (ICCC-3, ages 0-14)";
    public static final String TEENAGE_YOUNG_ADULT = "Teenage and young adult cancers (AYA recode, ages 15-24)";

    public static final String FLAG_LOW_COUNT = "low_count";
    public static final String FLAG_LOW_COMPLETENESS = "low_completeness";
    public static final int LOW_COUNT_EVENTS = 10;
    public static final double LOW_COMPLETENESS = 0.70;

    public static final String METHOD_WILSON = Wilson.METHOD;
    public static final String METHOD_INCLUSIVE = "Wilson, widened by imputation variance";

    private final CancerGroupTable groups;
    private final RarityClassifier rarity;
    private final String definitionVersion;

    public EarlyDiagnosis(CancerGroupTable groups, StageSystemTable systems, PopulationTable population) {
        this.groups = groups;
        this.rarity = new RarityClassifier(population);
        this.definitionVersion = "cancer-groups-" + groups.version() + "/stage-systems-" + systems.version()
                + "/population-" + population.version();
    }

    public String definitionVersion() {
        return definitionVersion;
    }

    /** The counts per cancer group (and group set) and year, plus the rarity tier of each group. */
    public record Summaries(Map<String, Map<Integer, EarlyDiagnosisSummary>> byGroupAndYear,
            Map<String, RarityClassifier.Result> rarity) {

        public EarlyDiagnosisSummary get(String group, int year) {
            return byGroupAndYear.getOrDefault(group, Map.of()).get(year);
        }
    }

    public Summaries summarise(StageCube cube) {
        Map<CubeCell, Long> cells = cube.cells();
        Map<String, Map<Integer, Long>> countsByGroupYear = new TreeMap<>();
        Imputation stageDonors = new Imputation();
        Imputation routeDonors = new Imputation();
        for (Map.Entry<CubeCell, Long> e : cells.entrySet()) {
            CubeCell c = e.getKey();
            if (!c.inAllCancersScope()) {
                continue;
            }
            long n = e.getValue();
            countsByGroupYear.computeIfAbsent(groupName(c), g -> new TreeMap<>()).merge(c.year(), n, Long::sum);
            if (c.stage().known()) {
                stageDonors.addDonor(c.groupId(), c.year(), c.sex(), c.ageBand(), c.stage().early(), n);
            } else if (proxyEligible(c) && c.route().known()) {
                routeDonors.addDonor(c.groupId(), c.year(), c.sex(), c.ageBand(), c.route().nonEmergency(), n);
            }
        }
        Map<String, RarityClassifier.Result> tiers = rarity.classify(countsByGroupYear, groups::isBigFourGroup);

        Map<String, Map<Integer, EarlyDiagnosisSummary>> out = new LinkedHashMap<>();
        for (String set : List.of(ALL_CANCERS, RARE_AND_LESS_COMMON, RARE, LESS_COMMON, BIG_FOUR, CHILDREN,
                TEENAGE_YOUNG_ADULT)) {
            out.put(set, new TreeMap<>());
        }
        for (String group : new TreeSet<>(countsByGroupYear.keySet())) {
            out.put(group, new TreeMap<>());
        }
        for (Map.Entry<CubeCell, Long> e : cells.entrySet()) {
            CubeCell c = e.getKey();
            if (!c.inAllCancersScope()) {
                continue;
            }
            String group = groupName(c);
            List<String> targets = new ArrayList<>(List.of(group, ALL_CANCERS));
            RarityTier tier = tiers.get(group).tier();
            if (tier == RarityTier.BIG_FOUR) {
                targets.add(BIG_FOUR);
            } else {
                targets.add(RARE_AND_LESS_COMMON);
                if (tier == RarityTier.RARE) {
                    targets.add(RARE);
                } else if (tier == RarityTier.LESS_COMMON) {
                    targets.add(LESS_COMMON);
                }
            }
            if (c.youngPeoplesCancer()) {
                targets.add(AgeBands.of(ChildhoodCancerClassifier.MAX_CHILD_AGE) >= c.ageBand() ? CHILDREN : TEENAGE_YOUNG_ADULT);
            }
            for (String target : targets) {
                EarlyDiagnosisSummary s = out.get(target).computeIfAbsent(c.year(), y -> new EarlyDiagnosisSummary());
                add(s, c, e.getValue(), stageDonors, routeDonors);
            }
        }
        out.values().removeIf(Map::isEmpty);
        return new Summaries(out, tiers);
    }

    private String groupName(CubeCell c) {
        return groups.groups().get(c.groupId());
    }

    /** No staging system, or recorded as unstageable: the route proxy applies. */
    private static boolean proxyEligible(CubeCell c) {
        return c.stage() == StageCategory.UNSTAGEABLE
                || (c.stage() == StageCategory.MISSING && !c.stageability().hasStagingSystem());
    }

    private static void add(EarlyDiagnosisSummary s, CubeCell c, long n, Imputation stageDonors,
            Imputation routeDonors) {
        s.inScope += n;
        StageCategory stage = c.stage();
        boolean nhsSite = c.stageability() == org.rarewatch.engine.classification.group.Stageability.NHS_STAGEABLE
                || stage == StageCategory.SYSTEM_NHS_EARLY || stage == StageCategory.SYSTEM_NHS_ADVANCED;
        if (nhsSite && stage != StageCategory.STAGE_0 && (c.sex() == 1 || c.sex() == 2)) {
            s.nhsEligible += n;
            if (stage == StageCategory.STAGE_1 || stage == StageCategory.STAGE_2 || stage == StageCategory.SYSTEM_NHS_EARLY) {
                s.nhsEarly += n;
            } else if (stage == StageCategory.STAGE_3 || stage == StageCategory.STAGE_4
                    || stage == StageCategory.SYSTEM_NHS_ADVANCED) {
                s.nhsAdvanced += n;
            }
        }

        if (stage.isTnm() || stage.isMappedSystem()) {
            s.count(stage.isTnm() ? InclusiveCategory.MEASURED : InclusiveCategory.MAPPED, n);
            if (stage.early()) {
                s.knownEarly += n;
            }
        } else if (!proxyEligible(c)) {
            Imputation.Donor donor = stageDonors.donorFor(c.groupId(), c.year(), c.sex(), c.ageBand());
            if (donor == null) {
                s.count(InclusiveCategory.UNMEASURED, n);
            } else {
                s.count(InclusiveCategory.IMPUTED, n);
                s.stageImputation.add(donor, n);
            }
        } else if (c.route().known()) {
            s.count(InclusiveCategory.PROXY, n);
            if (c.route().nonEmergency()) {
                s.knownEarly += n;
            }
        } else if (c.route() == Route.UNKNOWN) {
            Imputation.Donor donor = routeDonors.donorFor(c.groupId(), c.year(), c.sex(), c.ageBand());
            if (donor == null) {
                s.count(InclusiveCategory.UNMEASURED, n);
            } else {
                s.count(InclusiveCategory.PROXY, n);
                s.routeImputation.add(donor, n);
            }
        } else {
            s.count(InclusiveCategory.UNMEASURED, n);
        }
    }

    /** The tidy indicator rows, by group set and group, then year. */
    public List<IndicatorRow> indicators(Summaries summaries, String source) {
        List<IndicatorRow> rows = new ArrayList<>();
        summaries.byGroupAndYear().forEach((group, byYear) -> byYear.forEach((year, s) ->
                rows.addAll(indicators(group, String.valueOf(year), s, source))));
        return rows;
    }

    List<IndicatorRow> indicators(String group, String period, EarlyDiagnosisSummary s, String source) {
        List<IndicatorRow> rows = new ArrayList<>();
        double completeness = s.nhsEligible() == 0 ? Double.NaN : (double) s.nhsStaged() / s.nhsEligible();
        boolean lowCompleteness = !(completeness >= LOW_COMPLETENESS);

        List<String> nhsFlags = new ArrayList<>();
        if (s.nhsEarly() < LOW_COUNT_EVENTS) {
            nhsFlags.add(FLAG_LOW_COUNT);
        }
        if (lowCompleteness) {
            nhsFlags.add(FLAG_LOW_COMPLETENESS);
        }
        rows.add(proportion("early_nhs", group, period, s.nhsEarly(), s.nhsStaged(), nhsFlags, source));
        rows.add(proportion("early_nhs_completeness", group, period, s.nhsStaged(), s.nhsEligible(),
                lowCompleteness ? List.of(FLAG_LOW_COMPLETENESS) : List.of(), source));
        rows.add(proportion("early_nhs_coverage", group, period, s.nhsStaged(), s.inScope(), List.of(), source));

        rows.add(inclusive(group, period, s, source));
        rows.add(proportion("early_inclusive_coverage", group, period, s.inclusiveDenominator(), s.inScope(),
                List.of(), source));
        for (InclusiveCategory category : InclusiveCategory.values()) {
            rows.add(proportion("early_inclusive_share_" + category.id(), group, period, s.category(category),
                    s.inScope(), List.of(), source));
        }
        return rows;
    }

    private IndicatorRow proportion(String indicator, String group, String period, long x, long n, List<String> flags,
            String source) {
        Double value = n == 0 ? null : (double) x / n;
        Interval ci = Wilson.interval(x, n, Confidence.NINETY_FIVE);
        return new IndicatorRow(indicator, definitionVersion, group, IndicatorRow.ENGLAND, period, IndicatorRow.ALL,
                IndicatorRow.ALL, BigDecimal.valueOf(x), BigDecimal.valueOf(n), value, nanToNull(ci.lower()),
                nanToNull(ci.upper()), METHOD_WILSON, flags, source);
    }

    private IndicatorRow inclusive(String group, String period, EarlyDiagnosisSummary s, String source) {
        long n = s.inclusiveDenominator();
        double early = s.inclusiveEarly();
        List<String> flags = new ArrayList<>();
        if (early < LOW_COUNT_EVENTS) {
            flags.add(FLAG_LOW_COUNT);
        }
        Double value = null;
        Double lower = null;
        Double upper = null;
        if (n > 0) {
            double p = Math.min(1, Math.max(0, early / n));
            Interval w = Wilson.interval(Math.min(early, n), n, Confidence.NINETY_FIVE);
            double z = Confidence.NINETY_FIVE.z();
            double extra = z * z * s.imputationVariance() / ((double) n * n);
            value = p;
            lower = Math.max(0, p - Math.sqrt(square(p - w.lower()) + extra));
            upper = Math.min(1, p + Math.sqrt(square(w.upper() - p) + extra));
        }
        return new IndicatorRow("early_inclusive", definitionVersion, group, IndicatorRow.ENGLAND, period, IndicatorRow.ALL,
                IndicatorRow.ALL, BigDecimal.valueOf(early).setScale(3, RoundingMode.HALF_EVEN), BigDecimal.valueOf(n),
                value, lower, upper, METHOD_INCLUSIVE, flags, source);
    }

    private static double square(double x) {
        return x * x;
    }

    private static Double nanToNull(double d) {
        return Double.isNaN(d) ? null : d;
    }

}
