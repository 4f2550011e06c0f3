package org.rarewatch.engine.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.stats.Confidence;
import org.rarewatch.engine.stats.Interval;
import org.rarewatch.engine.stats.Wilson;

/**
 * FDS by month for two rare cancer types, against sums computed independently (Python csv module over
 * NHS England's CSV conversions of the same extracts) and hard-coded here.
 */
class PerCancerFdsTest {

    static List<IndicatorRow> rows;

    @BeforeAll
    static void measure() {
        WaitingTimesMeasures measures = new WaitingTimesMeasures(Set.of(Breakdown.CANCER_TYPE),
                EnumSet.of(PeriodGrain.MONTH), Thresholds.bundled(), Geography.bundled(), "test");
        ProviderExtractReader.read(BundledCwt.APR_SEP_2023, measures);
        ProviderExtractReader.read(BundledCwt.OCT_2023, measures);
        ProviderExtractReader.read(BundledCwt.APR_SEP_2024, measures);
        rows = measures.rows();
    }

    @Test
    void suspectedSarcomaByMonth() {
        Map<String, int[]> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("2023-04", new int[] {695, 1119}), Map.entry("2023-05", new int[] {767, 1249}),
                Map.entry("2023-06", new int[] {895, 1338}), Map.entry("2023-07", new int[] {915, 1380}),
                Map.entry("2023-08", new int[] {929, 1417}), Map.entry("2023-09", new int[] {918, 1457}),
                Map.entry("2023-10", new int[] {945, 1481}), Map.entry("2024-04", new int[] {775, 1290}),
                Map.entry("2024-05", new int[] {872, 1261}), Map.entry("2024-06", new int[] {891, 1277}),
                Map.entry("2024-07", new int[] {951, 1405}), Map.entry("2024-08", new int[] {913, 1374}),
                Map.entry("2024-09", new int[] {910, 1383})));
        check("Suspected sarcoma", expected);
    }

    @Test
    void suspectedChildrensCancerByMonth() {
        Map<String, int[]> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("2023-04", new int[] {711, 801}), Map.entry("2023-05", new int[] {796, 908}),
                Map.entry("2023-06", new int[] {991, 1102}), Map.entry("2023-07", new int[] {883, 969}),
                Map.entry("2023-08", new int[] {759, 873}), Map.entry("2023-09", new int[] {871, 1021}),
                Map.entry("2023-10", new int[] {845, 979}), Map.entry("2024-04", new int[] {823, 951}),
                Map.entry("2024-05", new int[] {924, 1047}), Map.entry("2024-06", new int[] {903, 1031}),
                Map.entry("2024-07", new int[] {939, 1069}), Map.entry("2024-08", new int[] {825, 929}),
                Map.entry("2024-09", new int[] {976, 1107})));
        check("Suspected children's cancer", expected);
    }

    @Test
    void sarcomaOctober2023IsBelowTheSeventyFivePercentStandardWithItsWilsonInterval() {
        IndicatorRow oct = row("Suspected sarcoma", "2023-10");
        Interval ci = Wilson.interval(945, 1481, Confidence.NINETY_FIVE);
        assertThat(oct.value()).isCloseTo(100.0 * 945 / 1481, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(oct.lower95()).isCloseTo(100 * ci.lower(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(oct.upper95()).isCloseTo(100 * ci.upper(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(oct.flags()).contains("below_threshold", "threshold:FDS-75-2023", "rlc_category:rare_and_less_common");
        assertThat(row("Suspected children's cancer", "2023-10").flags()).contains("meets_threshold");
    }

    private static void check(String type, Map<String, int[]> expected) {
        List<IndicatorRow> found = rows.stream()
                .filter(r -> r.indicator().equals("cwt_fds_28d") && r.cancerGroup().equals(type)).toList();
        assertThat(found).hasSize(expected.size());
        for (Map.Entry<String, int[]> e : expected.entrySet()) {
            IndicatorRow r = row(type, e.getKey());
            assertThat(r.numerator()).as("%s %s within", type, e.getKey()).isEqualByComparingTo(String.valueOf(e.getValue()[0]));
            assertThat(r.denominator()).as("%s %s total", type, e.getKey()).isEqualByComparingTo(String.valueOf(e.getValue()[1]));
        }
    }

    private static IndicatorRow row(String type, String period) {
        return rows.stream().filter(r -> r.indicator().equals("cwt_fds_28d") && r.cancerGroup().equals(type)
                && r.period().equals(period)).findFirst().orElseThrow();
    }
}
