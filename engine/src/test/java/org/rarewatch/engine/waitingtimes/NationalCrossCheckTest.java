package org.rarewatch.engine.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * The provider extracts, summed nationally by the engine, equal NHS England's national time series
 * exactly for every month April–October 2023 and all three standards.
 */
class NationalCrossCheckTest {

    static List<IndicatorRow> rows;

    @BeforeAll
    static void measure() {
        WaitingTimesMeasures measures = new WaitingTimesMeasures(Set.of(Breakdown.CANCER_TYPE, Breakdown.ROUTE),
                EnumSet.allOf(PeriodGrain.class), Thresholds.bundled(), Geography.bundled(), "test");
        ProviderExtractReader.read(BundledCwt.APR_SEP_2023, measures);
        ProviderExtractReader.read(BundledCwt.OCT_2023, measures);
        rows = measures.rows();
    }

    @Test
    void everyMonthAprilToOctober2023EqualsTheNationalTimeSeries() {
        Map<String, NationalFigure> truth = new HashMap<>();
        for (NationalFigure f : NationalTimeSeries.read(BundledCwt.NATIONAL)) {
            truth.put(f.standard().indicatorId() + "|" + f.month(), f);
        }
        int compared = 0;
        for (YearMonth month = YearMonth.of(2023, 4); !month.isAfter(YearMonth.of(2023, 10)); month = month.plusMonths(1)) {
            for (Standard standard : Standard.values()) {
                NationalFigure expected = truth.get(standard.indicatorId() + "|" + month);
                assertThat(expected).as("national series has %s %s", standard, month).isNotNull();
                IndicatorRow actual = national(standard, month.toString());
                assertThat(actual.denominator()).as("%s %s total", standard, month).isEqualByComparingTo(expected.total());
                assertThat(actual.numerator()).as("%s %s within", standard, month).isEqualByComparingTo(expected.within());
                assertThat(actual.value() / 100).isCloseTo(expected.performance().doubleValue(), org.assertj.core.data.Offset.offset(5e-7));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(21);
    }

    @Test
    void october2023MatchesThePublishedHeadlines() {
        IndicatorRow fds = national(Standard.FDS_28D, "2023-10");
        assertThat(fds.numerator()).isEqualByComparingTo("192880");
        assertThat(fds.denominator()).isEqualByComparingTo("271402");
        assertThat(fds.geography()).isEqualTo("England");
        assertThat(fds.flags()).contains("threshold:FDS-75-2023", "below_threshold");
        IndicatorRow d31 = national(Standard.COMBINED_31D, "2023-10");
        assertThat(d31.numerator()).isEqualByComparingTo("46911");
        assertThat(d31.denominator()).isEqualByComparingTo("52449");
        assertThat(d31.flags()).contains("threshold:31D-96-2023", "below_threshold");
        IndicatorRow d62 = national(Standard.COMBINED_62D, "2023-10");
        assertThat(d62.numerator().toPlainString()).isEqualTo("15375.5");
        assertThat(d62.denominator().toPlainString()).isEqualTo("24371.5");
    }

    @Test
    void fdsByRouteOctober2023() {
        assertThat(routeRow("Urgent suspected cancer").numerator()).isEqualByComparingTo("176983");
        assertThat(routeRow("Urgent suspected cancer").denominator()).isEqualByComparingTo("250721");
        assertThat(routeRow("Screening").denominator()).isEqualByComparingTo("10427");
        assertThat(routeRow("Breast symptomatic").numerator()).isEqualByComparingTo("8987");
    }

    @Test
    void combinedStandardsHadNoOperationalThresholdBeforeOctober2023() {
        assertThat(national(Standard.COMBINED_62D, "2023-09").flags()).contains("no_operational_threshold_in_force");
        assertThat(national(Standard.FDS_28D, "2023-09").flags()).contains("threshold:FDS-75-2021");
    }

    @Test
    void quartersAndFinancialYearAreSumsOfTheirMonthsAndSayWhenPartial() {
        IndicatorRow q3 = national(Standard.FDS_28D, "2023-Q3");
        BigDecimal sum = national(Standard.FDS_28D, "2023-07").denominator()
                .add(national(Standard.FDS_28D, "2023-08").denominator())
                .add(national(Standard.FDS_28D, "2023-09").denominator());
        assertThat(q3.denominator()).isEqualByComparingTo(sum);
        assertThat(q3.flags()).doesNotContain("partial_period:3_of_3_months");
        IndicatorRow q4 = national(Standard.FDS_28D, "2023-Q4");
        assertThat(q4.flags()).contains("partial_period:1_of_3_months");
        IndicatorRow fy = national(Standard.FDS_28D, "FY2023-24");
        assertThat(fy.flags()).contains("partial_period:7_of_12_months", "threshold_changed_within_period");
        IndicatorRow fy62 = national(Standard.COMBINED_62D, "FY2023-24");
        assertThat(fy62.flags()).contains("threshold:62D-85-2023", "threshold_changed_within_period");
    }

    @Test
    void rareAndLessCommonSideBySideWithBigFourAddUpToTheTotal() {
        for (Standard standard : Standard.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (IndicatorRow r : rows) {
                if (r.indicator().equals(standard.indicatorId()) && r.period().equals("2023-10")
                        && r.flags().contains("breakdown:rlc_vs_big_four")) {
                    sum = sum.add(r.denominator());
                }
            }
            assertThat(sum).isEqualByComparingTo(national(standard, "2023-10").denominator());
        }
        assertThat(rows).anyMatch(r -> r.cancerGroup().equals("Rare and less common") && r.period().equals("2023-10")
                && r.indicator().equals("cwt_fds_28d"));
        assertThat(rows).anyMatch(r -> r.cancerGroup().equals("Big four") && r.period().equals("2023-10")
                && r.indicator().equals("cwt_62d_combined"));
    }

    static IndicatorRow national(Standard standard, String period) {
        return rows.stream().filter(r -> r.indicator().equals(standard.indicatorId()) && r.period().equals(period)
                        && r.cancerGroup().equals("all") && r.geography().equals("England") && r.flags().stream()
                        .noneMatch(f -> f.startsWith("route:")))
                .findFirst().orElseThrow(() -> new AssertionError("no national row " + standard + " " + period));
    }

    private static IndicatorRow routeRow(String route) {
        return rows.stream().filter(r -> r.indicator().equals("cwt_fds_28d") && r.period().equals("2023-10")
                        && r.flags().stream().anyMatch(f -> f.startsWith("route:"))
                        && r.flags().contains("route:" + Route.values()[indexOf(route)].code()))
                .findFirst().orElseThrow();
    }

    private static int indexOf(String label) {
        for (Route r : Route.values()) {
            if (r.label().equals(label)) {
                return r.ordinal();
            }
        }
        throw new IllegalArgumentException(label);
    }
}
