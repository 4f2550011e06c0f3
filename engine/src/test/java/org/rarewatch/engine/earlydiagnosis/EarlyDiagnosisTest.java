package org.rarewatch.engine.earlydiagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.classification.group.Stageability;
import org.rarewatch.engine.classification.rarity.PopulationTable;
import org.rarewatch.engine.classification.rarity.RarityTier;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.registry.Route;
import org.rarewatch.engine.registry.cube.CubeCell;
import org.rarewatch.engine.registry.cube.StageCube;
import org.rarewatch.engine.registry.stage.StageCategory;
import org.rarewatch.engine.registry.stage.StageSystemTable;
import org.rarewatch.engine.stats.Confidence;
import org.rarewatch.engine.stats.Interval;
import org.rarewatch.engine.stats.Wilson;

class EarlyDiagnosisTest {

    private final CancerGroupTable groups = CancerGroupTable.current();
    private final EarlyDiagnosis early = new EarlyDiagnosis(groups, StageSystemTable.current(), PopulationTable.current());
    private final int lung = groups.groupId("Lung");
    private final int brain = groups.groupId("Brain");
    private final int blood = groups.groupId("Blood cancer (haematological neoplasms)");
    private final int skin = groups.groupId("Skin cancer");

    private static void add(StageCube cube, int group, Stageability st, boolean scope, int sex, int band, StageCategory stage,
            Route route, long n) {
        cube.add(new CubeCell(group, st, scope, 2016, sex, band, stage, route), n);
    }

    private StageCube example(Route brainKnownEmergency, Route brainKnownGp, Route brainUnknown, Route lungRoute) {
        StageCube cube = new StageCube();
        Stageability nhs = Stageability.NHS_STAGEABLE;
        add(cube, lung, nhs, true, 1, 13, StageCategory.STAGE_1, lungRoute, 30);
        add(cube, lung, nhs, true, 1, 13, StageCategory.STAGE_2, lungRoute, 10);
        add(cube, lung, nhs, true, 1, 13, StageCategory.STAGE_3, lungRoute, 20);
        add(cube, lung, nhs, true, 1, 13, StageCategory.STAGE_4, lungRoute, 40);
        add(cube, lung, nhs, true, 1, 13, StageCategory.STAGE_0, lungRoute, 5);
        add(cube, lung, nhs, true, 1, 13, StageCategory.MISSING, lungRoute, 25);
        add(cube, lung, nhs, true, 0, 13, StageCategory.STAGE_1, lungRoute, 3);
        add(cube, blood, Stageability.NO_STAGING_SYSTEM, true, 1, 14, StageCategory.SYSTEM_NHS_EARLY, lungRoute, 6);
        add(cube, blood, Stageability.NO_STAGING_SYSTEM, true, 1, 14, StageCategory.SYSTEM_NHS_ADVANCED, lungRoute, 4);
        Stageability none = Stageability.NO_STAGING_SYSTEM;
        add(cube, brain, none, true, 2, 10, StageCategory.MISSING, brainKnownEmergency, 12);
        add(cube, brain, none, true, 2, 10, StageCategory.MISSING, brainKnownGp, 8);
        add(cube, brain, none, true, 2, 10, StageCategory.MISSING, brainUnknown, 5);
        add(cube, skin, Stageability.NO_STAGING_SYSTEM, false, 1, 12, StageCategory.STAGE_1, lungRoute, 100);
        return cube;
    }

    private static IndicatorRow row(List<IndicatorRow> rows, String indicator, String group) {
        Optional<IndicatorRow> found = rows.stream()
                .filter(r -> r.indicator().equals(indicator) && r.cancerGroup().equals(group)).findFirst();
        assertThat(found).as(indicator + " " + group).isPresent();
        return found.get();
    }

    @Test
    void nhsMeasureCountsOnlyStagedStageableTumoursAndExcludesStageZeroC44AndUnknownSex() {
        EarlyDiagnosis.Summaries s = early.summarise(example(Route.EMERGENCY_PRESENTATION, Route.GP_REFERRAL,
                Route.UNKNOWN, Route.TWO_WEEK_WAIT));
        EarlyDiagnosisSummary all = s.get(EarlyDiagnosis.ALL_CANCERS, 2016);
        assertThat(all.inScope()).isEqualTo(168);
        assertThat(all.nhsEligible()).isEqualTo(135);
        assertThat(all.nhsEarly()).isEqualTo(46);
        assertThat(all.nhsAdvanced()).isEqualTo(64);

        List<IndicatorRow> rows = early.indicators(s, "test");
        IndicatorRow nhs = row(rows, "early_nhs", EarlyDiagnosis.ALL_CANCERS);
        assertThat(nhs.numerator()).isEqualByComparingTo("46");
        assertThat(nhs.denominator()).isEqualByComparingTo("110");
        assertThat(nhs.value()).isCloseTo(46.0 / 110, within(1e-12));
        Interval w = Wilson.interval(46, 110, Confidence.NINETY_FIVE);
        assertThat(nhs.lower95()).isEqualTo(w.lower());
        assertThat(nhs.upper95()).isEqualTo(w.upper());
        assertThat(nhs.period()).isEqualTo("2016");
        assertThat(nhs.geography()).isEqualTo("England");

        IndicatorRow completeness = row(rows, "early_nhs_completeness", EarlyDiagnosis.ALL_CANCERS);
        assertThat(completeness.value()).isCloseTo(110.0 / 135, within(1e-12));
        assertThat(completeness.flags()).isEmpty();
        assertThat(row(rows, "early_nhs_coverage", EarlyDiagnosis.ALL_CANCERS).value())
                .isCloseTo(110.0 / 168, within(1e-12));

        IndicatorRow lungNhs = row(rows, "early_nhs", "Lung");
        assertThat(lungNhs.numerator()).isEqualByComparingTo("40");
        assertThat(lungNhs.denominator()).isEqualByComparingTo("100");
        // Binet-staged CLL counts in the NHS measure through the special-system mapping
        IndicatorRow bloodNhs = row(rows, "early_nhs", "Blood cancer (haematological neoplasms)");
        assertThat(bloodNhs.numerator()).isEqualByComparingTo("6");
        assertThat(bloodNhs.flags()).contains(EarlyDiagnosis.FLAG_LOW_COUNT);
        // brain has no staging system: no NHS denominator, no value
        IndicatorRow brainNhs = row(rows, "early_nhs", "Brain");
        assertThat(brainNhs.denominator()).isEqualByComparingTo("0");
        assertThat(brainNhs.value()).isNull();
        assertThat(brainNhs.flags()).contains(EarlyDiagnosis.FLAG_LOW_COMPLETENESS);
    }

    @Test
    void inclusiveMeasureAccountsForEveryTumourWithImputationUncertainty() {
        EarlyDiagnosis.Summaries s = early.summarise(example(Route.EMERGENCY_PRESENTATION, Route.GP_REFERRAL,
                Route.UNKNOWN, Route.TWO_WEEK_WAIT));
        EarlyDiagnosisSummary all = s.get(EarlyDiagnosis.ALL_CANCERS, 2016);
        assertThat(all.category(InclusiveCategory.MEASURED)).isEqualTo(108);
        assertThat(all.category(InclusiveCategory.MAPPED)).isEqualTo(10);
        assertThat(all.category(InclusiveCategory.IMPUTED)).isEqualTo(25);
        assertThat(all.category(InclusiveCategory.PROXY)).isEqualTo(25);
        assertThat(all.category(InclusiveCategory.UNMEASURED)).isZero();

        double pStage = 45.0 / 105; // lung donors in the finest stratum: stage 0-2 of stage 0-4
        double pRoute = 8.0 / 20; // brain donors with a known route: non-emergency share
        double expectedEarly = 48 + 6 + 8 + 25 * pStage + 5 * pRoute;
        assertThat(all.inclusiveEarly()).isCloseTo(expectedEarly, within(1e-9));
        double variance = 25 * pStage * (1 - pStage) + 625 * pStage * (1 - pStage) / 105
                + 5 * pRoute * (1 - pRoute) + 25 * pRoute * (1 - pRoute) / 20;
        assertThat(all.imputationVariance()).isCloseTo(variance, within(1e-9));

        List<IndicatorRow> rows = early.indicators(s, "test");
        IndicatorRow inclusive = row(rows, "early_inclusive", EarlyDiagnosis.ALL_CANCERS);
        assertThat(inclusive.denominator()).isEqualByComparingTo("168");
        assertThat(inclusive.numerator()).isEqualByComparingTo(BigDecimal.valueOf(expectedEarly).setScale(3,
                java.math.RoundingMode.HALF_EVEN));
        double p = expectedEarly / 168;
        Interval w = Wilson.interval(expectedEarly, 168, Confidence.NINETY_FIVE);
        double z = Confidence.NINETY_FIVE.z();
        assertThat(inclusive.lower95()).isCloseTo(p - Math.sqrt(Math.pow(p - w.lower(), 2) + z * z * variance / (168.0 * 168)),
                within(1e-12));
        assertThat(inclusive.lower95()).isLessThan(w.lower());
        assertThat(inclusive.upper95()).isGreaterThan(w.upper());
        assertThat(row(rows, "early_inclusive_coverage", EarlyDiagnosis.ALL_CANCERS).value()).isEqualTo(1.0);
        double shares = 0;
        for (InclusiveCategory c : InclusiveCategory.values()) {
            shares += row(rows, "early_inclusive_share_" + c.id(), EarlyDiagnosis.ALL_CANCERS).value();
        }
        assertThat(shares).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void withoutARouteColumnCancersWithoutStagingAreUnmeasured() {
        EarlyDiagnosis.Summaries s = early.summarise(example(Route.NOT_RECORDED, Route.NOT_RECORDED, Route.NOT_RECORDED,
                Route.NOT_RECORDED));
        EarlyDiagnosisSummary all = s.get(EarlyDiagnosis.ALL_CANCERS, 2016);
        assertThat(all.category(InclusiveCategory.UNMEASURED)).isEqualTo(25);
        assertThat(all.category(InclusiveCategory.PROXY)).isZero();
        List<IndicatorRow> rows = early.indicators(s, "test");
        assertThat(row(rows, "early_inclusive_coverage", EarlyDiagnosis.ALL_CANCERS).value())
                .isCloseTo(143.0 / 168, within(1e-12));
        IndicatorRow brain = row(rows, "early_inclusive", "Brain");
        assertThat(brain.denominator()).isEqualByComparingTo("0");
        assertThat(brain.value()).isNull();
    }

    @Test
    void groupSetsFollowBigFourAndRarity() {
        EarlyDiagnosis.Summaries s = early.summarise(example(Route.EMERGENCY_PRESENTATION, Route.GP_REFERRAL,
                Route.UNKNOWN, Route.TWO_WEEK_WAIT));
        assertThat(s.rarity().get("Lung").tier()).isEqualTo(RarityTier.BIG_FOUR);
        assertThat(s.rarity().get("Brain").tier()).isEqualTo(RarityTier.RARE);
        assertThat(s.get(EarlyDiagnosis.BIG_FOUR, 2016).inScope()).isEqualTo(133);
        assertThat(s.get(EarlyDiagnosis.RARE_AND_LESS_COMMON, 2016).inScope()).isEqualTo(35);
        assertThat(s.get(EarlyDiagnosis.RARE, 2016).inScope()).isEqualTo(35);
        assertThat(s.byGroupAndYear()).doesNotContainKey(EarlyDiagnosis.LESS_COMMON);
        assertThat(s.byGroupAndYear()).doesNotContainKey("Skin cancer");
    }

    @Test
    void allEarlyGivesOneAndAnEmptyCubeGivesNoRows() {
        StageCube cube = new StageCube();
        add(cube, lung, Stageability.NHS_STAGEABLE, true, 2, 12, StageCategory.STAGE_2, Route.NOT_RECORDED, 12);
        List<IndicatorRow> rows = early.indicators(early.summarise(cube), "test");
        IndicatorRow nhs = row(rows, "early_nhs", "Lung");
        assertThat(nhs.value()).isEqualTo(1.0);
        assertThat(nhs.upper95()).isEqualTo(1.0);
        assertThat(early.indicators(early.summarise(new StageCube()), "test")).isEmpty();
    }

    @Test
    void childrensAndTeenageCancersAreGroupSets() {
        StageCube cube = new StageCube();
        cube.add(new CubeCell(brain, Stageability.NO_STAGING_SYSTEM, true, 2016, 1, 1, StageCategory.MISSING,
                Route.GP_REFERRAL, true), 4);
        cube.add(new CubeCell(brain, Stageability.NO_STAGING_SYSTEM, true, 2016, 1, 3, StageCategory.MISSING,
                Route.EMERGENCY_PRESENTATION, true), 6);
        cube.add(new CubeCell(brain, Stageability.NO_STAGING_SYSTEM, true, 2016, 1, 3, StageCategory.MISSING,
                Route.EMERGENCY_PRESENTATION, false), 9);
        EarlyDiagnosis.Summaries s = early.summarise(cube);
        assertThat(s.get(EarlyDiagnosis.CHILDREN, 2016).inScope()).isEqualTo(4);
        assertThat(s.get(EarlyDiagnosis.CHILDREN, 2016).inclusiveEarly()).isEqualTo(4.0);
        assertThat(s.get(EarlyDiagnosis.TEENAGE_YOUNG_ADULT, 2016).inScope()).isEqualTo(6);
        assertThat(s.get(EarlyDiagnosis.ALL_CANCERS, 2016).inScope()).isEqualTo(19);
        assertThat(CubeCell.unpack(new CubeCell(brain, Stageability.NO_STAGING_SYSTEM, true, 2016, 1, 3,
                StageCategory.MISSING, Route.UNKNOWN, true).pack()).youngPeoplesCancer()).isTrue();
    }
}
