package org.rarewatch.engine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.stats.Confidence;
import org.rarewatch.engine.stats.Wilson;

/** Disclosure control on tidy indicator rows, attacked the same way as generic tables. */
class IndicatorDisclosureTest {

    private static final List<String> REGIONS = List.of("North", "Midlands", "South");
    private static final List<String> GROUPS = List.of("lung", "sarcoma", "brain");

    private static final TableStructure STRUCTURE = TableStructure.builder()
            .total(TableStructure.Dimension.GEOGRAPHY, "England", REGIONS)
            .total(TableStructure.Dimension.CANCER_GROUP, "all", List.of("lung", "rlc"))
            .total(TableStructure.Dimension.CANCER_GROUP, "rlc", List.of("sarcoma", "brain"))
            .total(TableStructure.Dimension.SEX, "all", List.of("male", "female"))
            .linked("early_nhs", "early_nhs_completeness")
            .completeness("early_nhs", "early_nhs_completeness")
            .build();

    @Test
    void suppressesRoundsAndFlagsIndicatorRows() {
        Map<String, double[]> early = new LinkedHashMap<>();
        // region -> early counts per leaf group (lung, sarcoma, brain); denominators = staged counts
        early.put("North", new double[] {120, 3, 25});
        early.put("Midlands", new double[] {98, 14, 31});
        early.put("South", new double[] {143, 22, 9});
        List<IndicatorRow> rows = build(early, 2.2, 0.8, Map.of("South|brain", 0.6));
        List<IndicatorRow> out = DisclosureControl.apply(rows, STRUCTURE);
        assertThat(out).hasSize(rows.size());

        IndicatorRow small = find(out, "early_nhs", "sarcoma", "North");
        assertThat(small.flags()).contains("suppressed", "sdc=rarewatch-sdc-1").doesNotContain("low_count");
        assertThat(small.numerator()).isNull();
        assertThat(small.denominator()).isNull();
        assertThat(small.value()).isNull();
        assertThat(small.lower95()).isNull();
        assertThat(small.upper95()).isNull();
        // linked indicator: the completeness row of the same cell goes too, though its counts are larger
        assertThat(find(out, "early_nhs_completeness", "sarcoma", "North").flags()).contains("suppressed");

        IndicatorRow rounded = find(out, "early_nhs", "lung", "North");
        assertThat(rounded.numerator()).isEqualByComparingTo("120");
        assertThat(rounded.denominator()).isEqualByComparingTo("265"); // 264 staged -> 265
        assertThat(rounded.value()).isEqualTo(find(rows, "early_nhs", "lung", "North").value());
        assertThat(rounded.flags()).contains("rounded", "sdc=rarewatch-sdc-1").doesNotContain("suppressed");

        IndicatorRow national = find(out, "early_nhs", "sarcoma", "England");
        assertThat(national.numerator()).isEqualByComparingTo("39");
        assertThat(national.flags()).containsExactly("sdc=rarewatch-sdc-1");

        // staging completeness 60% in South brain: flagged on both rows, unless suppressed
        IndicatorRow southBrain = find(out, "early_nhs", "brain", "South");
        assertThat(southBrain.flags()).containsExactly("rounded", "low_count", "low_completeness", "sdc=rarewatch-sdc-1");
        assertThat(southBrain.numerator()).isEqualByComparingTo("10"); // 9 events
        assertThat(find(out, "early_nhs_completeness", "brain", "South").flags()).contains("low_completeness");
        // the complement choice closes two gaps at once: sarcoma and brain in North and Midlands only
        assertThat(out.stream().filter(r -> r.flags().contains("suppressed")).count()).isEqualTo(8);
        IndicatorRow englandBrain = find(out, "early_nhs", "brain", "England");
        assertThat(englandBrain.flags()).doesNotContain("low_completeness", "low_count");

        assertNoRowRecoverable(rows, out);
    }

    @Test
    void halvesAreSuppressedOrRoundedLikeWholeCounts() {
        List<IndicatorRow> rows = List.of(
                row("fds", "sarcoma", "North", "all", "0.5", "10"),
                row("fds", "sarcoma", "Midlands", "all", "7.5", "12.5"),
                row("fds", "sarcoma", "South", "all", "22.5", "30"),
                row("fds", "sarcoma", "England", "all", "30.5", "52.5"));
        TableStructure structure = TableStructure.builder()
                .total(TableStructure.Dimension.GEOGRAPHY, "England", REGIONS).build();
        List<IndicatorRow> out = DisclosureControl.apply(rows, structure);
        assertThat(out.get(0).flags()).contains("suppressed");
        // a lone suppressed region would be England minus the others: one more region goes
        assertThat(out.get(1).flags()).contains("suppressed");
        assertThat(out.get(2).numerator()).isEqualByComparingTo("25");
        assertThat(out.get(2).denominator()).isEqualByComparingTo("30");
        assertThat(out.get(3).numerator()).isEqualByComparingTo("30.5");
        assertNoRowRecoverable(rows, out, structure);

        TableStructure flat = TableStructure.flat();
        List<IndicatorRow> alone = DisclosureControl.apply(List.of(rows.get(1)), flat);
        assertThat(alone.get(0).numerator()).isEqualByComparingTo("10");
        assertThat(alone.get(0).denominator()).isEqualByComparingTo("15");
    }

    @Test
    void anUnpublishedRemainderIsProtectedToo() {
        // all = male + female + (sex not known, never published): 20 = 12 + 5 + 3
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(row("incidence", "sarcoma", "North", "all", "20", null));
        rows.add(row("incidence", "sarcoma", "North", "male", "12", null));
        rows.add(row("incidence", "sarcoma", "North", "female", "5", null));
        TableStructure structure = TableStructure.builder()
                .total(TableStructure.Dimension.SEX, "all", List.of("male", "female")).build();
        List<IndicatorRow> out = DisclosureControl.apply(rows, structure);
        assertThat(out.get(2).flags()).contains("suppressed");
        // female (5) + remainder (3) = 8 is readable, but neither alone: nothing more is needed
        assertThat(out.get(1).flags()).contains("rounded").doesNotContain("suppressed");
        assertNoRowRecoverable(rows, out, structure);

        // with a remainder of 2 and female 4, the readable sum 6 is itself small: male goes too
        List<IndicatorRow> tighter = List.of(row("incidence", "sarcoma", "North", "all", "18", null),
                row("incidence", "sarcoma", "North", "male", "12", null),
                row("incidence", "sarcoma", "North", "female", "4", null));
        List<IndicatorRow> out2 = DisclosureControl.apply(tighter, structure);
        assertThat(out2.get(1).flags().contains("suppressed") || out2.get(0).flags().contains("suppressed")).isTrue();
        assertNoRowRecoverable(tighter, out2, structure);
    }

    @Test
    void randomIndicatorTablesNeverLeak() {
        Random random = new Random(5L);
        for (int t = 0; t < 60; t++) {
            Map<String, double[]> early = new LinkedHashMap<>();
            for (String region : REGIONS) {
                double[] counts = new double[GROUPS.size()];
                for (int g = 0; g < counts.length; g++) {
                    double u = random.nextDouble();
                    counts[g] = u < 0.15 ? 0 : u < 0.5 ? 1 + random.nextInt(7) : 8 + random.nextInt(80);
                }
                early.put(region, counts);
            }
            List<IndicatorRow> rows = build(early, 1.5 + random.nextDouble(), 0.5 + 0.5 * random.nextDouble(), Map.of());
            List<IndicatorRow> out = DisclosureControl.apply(rows, STRUCTURE);
            assertNoRowRecoverable(rows, out);
            for (int i = 0; i < rows.size(); i++) {
                BigDecimal n = rows.get(i).numerator();
                boolean subNational = !rows.get(i).geography().equals("England");
                if (subNational && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(7)) <= 0) {
                    assertThat(out.get(i).flags()).contains("suppressed");
                }
            }
        }
    }

    @Test
    void badRowsAreRejectedClearly() {
        List<IndicatorRow> negative = List.of(row("x", "lung", "North", "all", "-1", "3"));
        assertThatThrownBy(() -> DisclosureControl.apply(negative, TableStructure.flat()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative").hasMessageContaining("North");
        List<IndicatorRow> twice = List.of(row("x", "lung", "North", "all", "10", "30"),
                row("x", "lung", "North", "all", "11", "30"));
        assertThatThrownBy(() -> DisclosureControl.apply(twice, TableStructure.flat()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rows");
        List<IndicatorRow> tooBig = List.of(row("x", "lung", "England", "all", "10", null),
                row("x", "lung", "North", "all", "8", null), row("x", "lung", "South", "all", "9", null));
        TableStructure structure = TableStructure.builder()
                .total(TableStructure.Dimension.GEOGRAPHY, "England", REGIONS).build();
        assertThatThrownBy(() -> DisclosureControl.apply(tooBig, structure))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than the total");
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * early_nhs (early / staged) and early_nhs_completeness (staged / all) for leaf groups, rlc and all,
     * per region and England, sex "all". staged = early * stagedFactor rounded; all = staged / completeness.
     */
    private static List<IndicatorRow> build(Map<String, double[]> early, double stagedFactor, double completeness,
                                            Map<String, Double> completenessOverride) {
        Map<String, double[]> leafCounts = new LinkedHashMap<>(); // region|group -> early, staged, all
        for (String region : REGIONS) {
            for (int g = 0; g < GROUPS.size(); g++) {
                double e = early.get(region)[g];
                double staged = Math.round(e * stagedFactor) + (e == 0 ? 3 : 0);
                double share = completenessOverride.getOrDefault(region + "|" + GROUPS.get(g), completeness);
                double all = Math.ceil(staged / share);
                leafCounts.put(region + "|" + GROUPS.get(g), new double[] {e, staged, all});
            }
        }
        List<String> geos = new ArrayList<>(REGIONS);
        geos.add("England");
        List<IndicatorRow> rows = new ArrayList<>();
        for (String geo : geos) {
            for (String group : List.of("lung", "sarcoma", "brain", "rlc", "all")) {
                double[] sum = new double[3];
                for (String region : geo.equals("England") ? REGIONS : List.of(geo)) {
                    for (String leaf : leaves(group)) {
                        double[] c = leafCounts.get(region + "|" + leaf);
                        for (int k = 0; k < 3; k++) {
                            sum[k] += c[k];
                        }
                    }
                }
                rows.add(proportion("early_nhs", group, geo, sum[0], sum[1]));
                rows.add(proportion("early_nhs_completeness", group, geo, sum[1], sum[2]));
            }
        }
        return rows;
    }

    private static List<String> leaves(String group) {
        return switch (group) {
            case "all" -> GROUPS;
            case "rlc" -> List.of("sarcoma", "brain");
            default -> List.of(group);
        };
    }

    private static IndicatorRow proportion(String indicator, String group, String geo, double x, double n) {
        var interval = Wilson.interval(x, n, Confidence.NINETY_FIVE);
        return new IndicatorRow(indicator, "test-1", group, geo, "2019", "all", "all", BigDecimal.valueOf(x),
                BigDecimal.valueOf(n), x / n, interval.lower(), interval.upper(), Wilson.METHOD, List.of(), "test");
    }

    private static IndicatorRow row(String indicator, String group, String geo, String sex, String x, String n) {
        return new IndicatorRow(indicator, "test-1", group, geo, "2024", sex, "all", new BigDecimal(x),
                n == null ? null : new BigDecimal(n), null, null, null, "count", List.of(), "test");
    }

    private static IndicatorRow find(List<IndicatorRow> rows, String indicator, String group, String geo) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && r.cancerGroup().equals(group)
                && r.geography().equals(geo)).findFirst().orElseThrow();
    }

    private static void assertNoRowRecoverable(List<IndicatorRow> rows, List<IndicatorRow> out) {
        assertNoRowRecoverable(rows, out, STRUCTURE);
    }

    /**
     * Attacks numerators and denominators of every indicator: equations written here from the declared
     * totals (independently of the engine's grouping), unknowns = suppressed rows.
     */
    private static void assertNoRowRecoverable(List<IndicatorRow> rows, List<IndicatorRow> out,
                                               TableStructure structure) {
        Set<String> indicators = new HashSet<>();
        rows.forEach(r -> indicators.add(r.indicator()));
        for (String indicator : indicators) {
            for (int measure = 0; measure < 2; measure++) {
                List<String> keys = new ArrayList<>();
                Map<String, BigDecimal> truth = new LinkedHashMap<>();
                Set<String> withheld = new HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    IndicatorRow r = rows.get(i);
                    BigDecimal value = measure == 0 ? r.numerator() : r.denominator();
                    if (!r.indicator().equals(indicator) || value == null) {
                        continue;
                    }
                    String key = r.cancerGroup() + "|" + r.geography() + "|" + r.sex();
                    keys.add(key);
                    truth.put(key, value);
                    if (out.get(i).flags().contains("suppressed")) {
                        withheld.add(key);
                    }
                }
                List<List<String>> equations = new ArrayList<>();
                for (String key : List.copyOf(keys)) {
                    String[] p = key.split("\\|");
                    for (TableStructure.Dimension d : List.of(TableStructure.Dimension.CANCER_GROUP,
                            TableStructure.Dimension.GEOGRAPHY, TableStructure.Dimension.SEX)) {
                        int at = d == TableStructure.Dimension.CANCER_GROUP ? 0 : d == TableStructure.Dimension.GEOGRAPHY ? 1 : 2;
                        List<String> parts = structure.children(d, p[at]);
                        if (parts.isEmpty()) {
                            continue;
                        }
                        List<String> equation = new ArrayList<>();
                        equation.add(key);
                        BigDecimal sum = BigDecimal.ZERO;
                        for (String part : parts) {
                            String[] q = p.clone();
                            q[at] = part;
                            String partKey = String.join("|", q);
                            if (truth.containsKey(partKey)) {
                                equation.add(partKey);
                                sum = sum.add(truth.get(partKey));
                            }
                        }
                        if (equation.size() == 1) {
                            continue;
                        }
                        BigDecimal gap = truth.get(key).subtract(sum);
                        if (gap.signum() != 0) {
                            String remainder = key + "~" + d;
                            truth.put(remainder, gap);
                            withheld.add(remainder);
                            equation.add(remainder);
                        }
                        equations.add(equation);
                    }
                }
                List<String> allKeys = new ArrayList<>(truth.keySet());
                Map<String, Double> recovered = LinearAttacker.recover(allKeys, truth, equations, withheld);
                recovered.keySet().removeIf(k -> k.contains("~")
                        && truth.get(k).compareTo(BigDecimal.valueOf(7)) > 0);
                assertThat(recovered).as(indicator + " measure " + measure).isEmpty();
            }
        }
    }
}
