package org.rarewatch.engine.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * Measures by commissioning ICB and region from the ICB sub-location extract. Expected values were
 * computed independently (Python csv module over NHS England's CSV form of the same extract, joined
 * to the ONS July 2022 lookup).
 */
class CommissionerMeasuresTest {

    static List<IndicatorRow> rows;

    @BeforeAll
    static void measure() {
        WaitingTimesMeasures measures = new WaitingTimesMeasures(Set.of(), EnumSet.of(PeriodGrain.MONTH),
                Thresholds.bundled(), Geography.bundled(), "test");
        assertThat(IcbExtractReader.read(BundledCwt.ICB_2023, measures::acceptCommissioner)).isEqualTo(7_127);
        rows = measures.rows();
    }

    @Test
    void southYorkshireIcbOctober2023() {
        assertThat(icb(Standard.FDS_28D, "NHS South Yorkshire Integrated Care Board (QF7)"))
                .containsExactly(new BigDecimal("4329"), new BigDecimal("5788"));
        assertThat(icb(Standard.COMBINED_31D, "NHS South Yorkshire Integrated Care Board (QF7)"))
                .containsExactly(new BigDecimal("1066"), new BigDecimal("1264"));
        assertThat(icb(Standard.COMBINED_62D, "NHS South Yorkshire Integrated Care Board (QF7)"))
                .containsExactly(new BigDecimal("346"), new BigDecimal("566"));
    }

    @Test
    void allCommissionersTogetherGiveTheNationalFiguresForOctober2023() {
        for (Standard standard : Standard.values()) {
            BigDecimal within = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            for (IndicatorRow r : rows) {
                if (r.indicator().equals(standard.indicatorId()) && r.period().equals("2023-10")
                        && r.flags().contains("geography_basis:commissioner") && !isRegion(r)) {
                    within = within.add(r.numerator());
                    total = total.add(r.denominator());
                }
            }
            NationalFigure national = NationalTimeSeries.read(BundledCwt.NATIONAL).stream()
                    .filter(f -> f.standard() == standard && f.month().toString().equals("2023-10")).findFirst().orElseThrow();
            assertThat(within).as(standard.label()).isEqualByComparingTo(national.within());
            assertThat(total).as(standard.label()).isEqualByComparingTo(national.total());
        }
        assertThat(rows).anyMatch(r -> r.geography().startsWith("Unknown ICB") && r.period().equals("2023-10"));
        assertThat(rows).anyMatch(r -> r.geography().equals("North East and Yorkshire (Y63)"));
    }

    private static boolean isRegion(IndicatorRow r) {
        return r.flags().contains("geography_level:region");
    }

    private static BigDecimal[] icb(Standard standard, String geography) {
        IndicatorRow row = rows.stream().filter(r -> r.indicator().equals(standard.indicatorId())
                && r.period().equals("2023-10") && r.geography().equals(geography)).findFirst().orElseThrow();
        return new BigDecimal[] {row.numerator(), row.denominator()};
    }
}
