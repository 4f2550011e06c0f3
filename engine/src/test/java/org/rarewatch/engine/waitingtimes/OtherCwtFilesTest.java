package org.rarewatch.engine.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.classification.RlcCategory;
import org.rarewatch.engine.classification.cwtfds.FdsSuspectedCancerTypes;
import org.rarewatch.engine.classification.cwttumour.CwtTumourGroups;
import org.rarewatch.engine.io.InvalidInputException;

/** ICB sub-location extract, national time series, classifications, thresholds and geography. */
class OtherCwtFilesTest {

    @Test
    void readsTheIcbSubLocationExtract() {
        List<IcbRecord> records = IcbExtractReader.readAll(BundledCwt.ICB_2023);
        assertThat(records).hasSize(7_127);
        IcbRecord first = records.get(0);
        assertThat(first.month()).isEqualTo(YearMonth.of(2023, 4));
        assertThat(first.standard()).isEqualTo(Standard.FDS_28D);
        assertThat(first.subIcbCode()).isEqualTo("00L");
        assertThat(first.total()).isEqualByComparingTo("508");
        assertThat(first.within()).isEqualByComparingTo("311");
        // all but nine codes (national commissioning hubs, codes created after July 2022, UNKNOWN) are in the ONS lookup
        Geography geography = Geography.bundled();
        assertThat(records.stream().map(IcbRecord::subIcbCode).filter(c -> geography.icbOfSubIcb(c).isEmpty())
                .distinct().sorted().toList())
                .containsExactly("13Q", "14M", "14Q", "14R", "14T", "32T", "76A", "97T", "UNKNOWN");
    }

    @Test
    void aProviderExtractIsNotAnIcbExtract() {
        assertThatThrownBy(() -> IcbExtractReader.readAll(BundledCwt.OCT_2023))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no sheet named 'CWT CRS ICB SubLocation Extract'");
    }

    @Test
    void readsTheNationalTimeSeries() {
        List<NationalFigure> figures = NationalTimeSeries.read(BundledCwt.NATIONAL);
        assertThat(figures).hasSize(69);
        NationalFigure oct62 = figures.stream().filter(f -> f.standard() == Standard.COMBINED_62D
                && f.month().equals(YearMonth.of(2023, 10))).findFirst().orElseThrow();
        assertThat(oct62.total()).isEqualByComparingTo(new BigDecimal("24371.5"));
    }

    @Test
    void classifiesFdsTypes() {
        assertThat(FdsSuspectedCancerTypes.all()).hasSize(18);
        assertThat(FdsSuspectedCancerTypes.classify("Suspected sarcoma").category()).isEqualTo(RlcCategory.RARE_AND_LESS_COMMON);
        assertThat(FdsSuspectedCancerTypes.classify("SUSPECTED BREAST CANCER ").category()).isEqualTo(RlcCategory.BIG_FOUR);
        assertThat(FdsSuspectedCancerTypes.classify("Suspected urological malignancies (excluding testicular)").category())
                .isEqualTo(RlcCategory.MIXED);
        assertThat(FdsSuspectedCancerTypes.classify("Suspected appendix cancer").category()).isEqualTo(RlcCategory.UNKNOWN);
        assertThat(FdsSuspectedCancerTypes.bySlug("childrens")).get()
                .extracting(t -> t.label()).isEqualTo("Suspected children's cancer");
    }

    @Test
    void classifiesTumourGroupsByTheGroupingInForce() {
        assertThat(CwtTumourGroups.classify("Urological", YearMonth.of(2023, 9)).category()).isEqualTo(RlcCategory.MIXED);
        assertThat(CwtTumourGroups.classify("Urological", YearMonth.of(2023, 10)).isKnown()).isFalse();
        assertThat(CwtTumourGroups.classify("Urological - Prostate", YearMonth.of(2023, 10)).category())
                .isEqualTo(RlcCategory.BIG_FOUR);
        assertThat(CwtTumourGroups.classify("Urological - Other (a)", YearMonth.of(2024, 1)).category())
                .isEqualTo(RlcCategory.RARE_AND_LESS_COMMON);
        assertThat(CwtTumourGroups.grouping("oct2023")).hasSize(13);
        assertThat(CwtTumourGroups.grouping("apr2022")).hasSize(10);
        // every new group maps to an old group that exists
        for (var group : CwtTumourGroups.grouping("oct2023")) {
            String older = CwtTumourGroups.olderGroupOf(group.label()).orElseThrow();
            assertThat(CwtTumourGroups.classify(older, YearMonth.of(2023, 4)).isKnown()).as(older).isTrue();
        }
    }

    @Test
    void findsTheOperationalThresholdInForce() {
        Thresholds t = Thresholds.bundled();
        assertThat(t.operationalInForce(Standard.FDS_28D, YearMonth.of(2021, 9))).isEmpty();
        assertThat(t.operationalInForce(Standard.FDS_28D, YearMonth.of(2021, 10))).get()
                .extracting(Threshold::id).isEqualTo("FDS-75-2021");
        assertThat(t.operationalInForce(Standard.FDS_28D, YearMonth.of(2024, 6))).get()
                .extracting(Threshold::id).isEqualTo("FDS-75-2023");
        assertThat(t.operationalInForce(Standard.COMBINED_62D, YearMonth.of(2023, 9))).isEmpty();
        assertThat(t.operationalInForce(Standard.COMBINED_62D, YearMonth.of(2023, 10))).get()
                .extracting(Threshold::percent).isEqualTo(new BigDecimal("85"));
    }

    @Test
    void namesProvidersAndPlacesThemInIcbAndRegion() {
        Geography.Provider manchester = Geography.bundled().provider("R0A");
        assertThat(manchester.trust().display()).isEqualTo("Manchester University NHS Foundation Trust (R0A)");
        assertThat(manchester.icb().code()).isEqualTo("QOP");
        assertThat(manchester.region().name()).isEqualTo("North West");
        assertThat(Geography.bundled().provider("ZZZ").trust().display()).isEqualTo("ZZZ");
    }

    @Test
    void periodsAreWrittenInIsoForm() {
        assertThat(PeriodGrain.MONTH.label(YearMonth.of(2023, 10))).isEqualTo("2023-10");
        assertThat(PeriodGrain.QUARTER.label(YearMonth.of(2023, 8))).isEqualTo("2023-Q3");
        assertThat(PeriodGrain.FY.label(YearMonth.of(2024, 3))).isEqualTo("FY2023-24");
        assertThat(PeriodGrain.FY.label(YearMonth.of(2024, 4))).isEqualTo("FY2024-25");
    }
}
