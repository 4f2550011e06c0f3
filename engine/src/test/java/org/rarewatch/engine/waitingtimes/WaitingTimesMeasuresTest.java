package org.rarewatch.engine.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.classification.cwtfds.FdsSuspectedCancerTypes;
import org.rarewatch.engine.indicator.IndicatorRow;

/** Edge cases of the measures on hand-made rows: 0 of n, n of n, halves, an empty denominator, unknown provider. */
class WaitingTimesMeasuresTest {

    private static CwtRecord fds(String org, String type, String total, String within) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal w = new BigDecimal(within);
        return new CwtRecord(YearMonth.of(2024, 5), Standard.FDS_28D, org, Route.URGENT_SUSPECTED_CANCER, Modality.NONE,
                FdsSuspectedCancerTypes.classify(type), t, w, t.subtract(w));
    }

    private static List<IndicatorRow> measure(Set<Breakdown> by, CwtRecord... records) {
        WaitingTimesMeasures m = new WaitingTimesMeasures(by, EnumSet.of(PeriodGrain.MONTH), Thresholds.bundled(),
                Geography.bundled(), "unit");
        for (CwtRecord r : records) {
            m.accept(r);
        }
        return m.rows();
    }

    @Test
    void zeroOfNAndNOfNHaveWilsonLimitsInsideZeroToHundred() {
        List<IndicatorRow> rows = measure(Set.of(Breakdown.CANCER_TYPE),
                fds("R0A", "Suspected sarcoma", "7", "0"), fds("R0A", "Suspected testicular cancer", "5", "5"));
        IndicatorRow none = rows.stream().filter(r -> r.cancerGroup().equals("Suspected sarcoma")).findFirst().orElseThrow();
        assertThat(none.value()).isEqualTo(0.0);
        assertThat(none.lower95()).isEqualTo(0.0);
        assertThat(none.upper95()).isBetween(35.0, 36.0); // Wilson upper for 0/7 is 35.43%
        assertThat(none.flags()).contains("below_threshold");
        IndicatorRow all = rows.stream().filter(r -> r.cancerGroup().equals("Suspected testicular cancer")).findFirst().orElseThrow();
        assertThat(all.value()).isEqualTo(100.0);
        assertThat(all.upper95()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.flags()).contains("meets_threshold");
        IndicatorRow rlc = rows.stream().filter(r -> r.cancerGroup().equals("Rare and less common")).findFirst().orElseThrow();
        assertThat(rlc.denominator()).isEqualByComparingTo("12");
        assertThat(rlc.numerator()).isEqualByComparingTo("5");
    }

    @Test
    void anEmptyDenominatorGivesNoValue() {
        IndicatorRow row = measure(Set.of(), fds("R0A", "Suspected sarcoma", "0", "0")).get(0);
        assertThat(row.value()).isNull();
        assertThat(row.lower95()).isNull();
        assertThat(row.flags()).contains("no_denominator").doesNotContain("below_threshold", "meets_threshold");
    }

    @Test
    void halvesAreSummedExactly() {
        CwtRecord a = new CwtRecord(YearMonth.of(2023, 10), Standard.COMBINED_62D, "RBK", Route.SCREENING,
                Modality.ALL_MODALITIES, CancerTypes.find(Standard.COMBINED_62D, YearMonth.of(2023, 10), "Skin").orElseThrow(),
                new BigDecimal("1.5"), new BigDecimal("0.5"), BigDecimal.ONE);
        CwtRecord modalityRow = new CwtRecord(YearMonth.of(2023, 10), Standard.COMBINED_62D, "RBK", Route.SCREENING,
                Modality.SURGERY, CancerTypes.ALL_CANCERS, new BigDecimal("1.5"), new BigDecimal("0.5"), BigDecimal.ONE);
        IndicatorRow row = measure(Set.of(), a, a, modalityRow).get(0);
        assertThat(row.denominator().toPlainString()).isEqualTo("3.0");
        assertThat(row.numerator().toPlainString()).isEqualTo("1.0");
    }

    @Test
    void aProviderMissingFromTheTrustListIsKeptAndFlagged() {
        List<IndicatorRow> rows = measure(Set.of(Breakdown.PROVIDER, Breakdown.REGION),
                fds("R0A", "Suspected sarcoma", "4", "3"), fds("NQ1", "Suspected sarcoma", "2", "1"));
        assertThat(rows).extracting(IndicatorRow::geography).contains("England",
                "Manchester University NHS Foundation Trust (R0A)", "NQ1", "North West (Y62)");
        assertThat(rows.stream().filter(r -> r.geography().equals("NQ1")).findFirst().orElseThrow().flags())
                .contains("provider_not_in_ods_lookup");
    }
}
