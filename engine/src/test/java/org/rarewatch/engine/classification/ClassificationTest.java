package org.rarewatch.engine.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.classification.aya.TyaCancerClassifier;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.classification.group.GroupClassification;
import org.rarewatch.engine.classification.group.Stageability;
import org.rarewatch.engine.classification.iccc.ChildhoodCancerClassifier;
import org.rarewatch.engine.classification.rarity.PopulationTable;
import org.rarewatch.engine.classification.rarity.RarityClassifier;
import org.rarewatch.engine.classification.rarity.RarityTier;
import org.rarewatch.engine.reference.DataQuality;

class ClassificationTest {

    private final CancerGroupTable table = CancerGroupTable.current();

    @Test
    void threeAndFourCharacterCodesFindTheirGroup() {
        for (String code : new String[] {"C50", "C509", "C50.9", " c509 "}) {
            GroupClassification c = table.classify(code);
            assertThat(c.cancerGroup()).as(code).isEqualTo("Breast");
            assertThat(c.bigFour()).isTrue();
            assertThat(c.stageability()).isEqualTo(Stageability.NHS_STAGEABLE);
            assertThat(c.inAllCancersScope()).isTrue();
            assertThat(c.rareOrLessCommon()).isFalse();
        }
        assertThat(table.classify("C341").cancerGroup()).isEqualTo("Lung");
        assertThat(table.classify("C33").stageability()).isEqualTo(Stageability.HAS_STAGING_SYSTEM);
        assertThat(table.classify("C719").stageability()).isEqualTo(Stageability.NO_STAGING_SYSTEM);
        assertThat(table.classify("C400").rareOrLessCommon()).isTrue();
    }

    @Test
    void fourCharacterRowWinsOverItsParentAndBenignBrainIsOutsideAllCancers() {
        GroupClassification pituitary = table.classify("D352");
        assertThat(pituitary.cancerGroup()).isEqualTo("Brain");
        assertThat(pituitary.inAllCancersScope()).isFalse();
        assertThat(table.classify("D350").known()).isFalse();
    }

    @Test
    void nonMelanomaSkinIsExcludedFromAllCancers() {
        assertThat(table.classify("C449").cancerGroup()).isEqualTo("Skin cancer");
        assertThat(table.classify("C449").inAllCancersScope()).isFalse();
        assertThat(table.classify("C439").inAllCancersScope()).isTrue();
    }

    @Test
    void badCodesGiveUnknownNotExceptions() {
        for (String bad : new String[] {null, "", "C", "C5", "50.9", "C50.99", "CXX", "C5O", "€50", "C42"}) {
            assertThat(table.classify(bad)).as(String.valueOf(bad)).isEqualTo(GroupClassification.UNKNOWN);
        }
    }

    @Test
    void uncertainRowsKeepTheirFlag() {
        // C01 row says "exact code list UNCERTAIN"
        assertThat(table.classify("C01").quality()).isEqualTo(DataQuality.UNCERTAIN);
    }

    @Test
    void rarityTierFromCrudeIncidence() {
        PopulationTable population = PopulationTable.current();
        // 2013: 53,865,817 people. 3,231 tumours = 5.998 per 100,000 (rare); 3,232 = 6.0001 (less common)
        Map<String, RarityClassifier.Result> tiers = new RarityClassifier(population).classify(Map.of(
                "A", Map.of(2013, 3231L),
                "B", Map.of(2013, 3232L),
                "C", Map.of(1990, 10_000L),
                "Lung", Map.of(2013, 40_000L)), g -> g.equals("Lung"));
        assertThat(tiers.get("A").tier()).isEqualTo(RarityTier.RARE);
        assertThat(tiers.get("A").crudeRatePer100k()).isCloseTo(3231 * 1e5 / 53_865_817, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(tiers.get("B").tier()).isEqualTo(RarityTier.LESS_COMMON);
        assertThat(tiers.get("C").tier()).isEqualTo(RarityTier.UNKNOWN);
        assertThat(tiers.get("Lung").tier()).isEqualTo(RarityTier.BIG_FOUR);
        // mean of the yearly crude rates
        RarityClassifier.Result twoYears = new RarityClassifier(population)
                .classify(Map.of("D", Map.of(2013, 1000L, 2014, 5000L)), g -> false).get("D");
        assertThat(twoYears.crudeRatePer100k())
                .isCloseTo((1000 * 1e5 / 53_865_817 + 5000 * 1e5 / 54_316_618) / 2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(population.quality(2020)).isEqualTo(DataQuality.UNCERTAIN);
    }

    @Test
    void childrensCancersByIccc3() {
        ChildhoodCancerClassifier iccc = new ChildhoodCancerClassifier();
        ChildhoodCancerClassifier.Result medulloblastoma = iccc.classify("C716", "9470", "3");
        assertThat(medulloblastoma.known()).isTrue();
        assertThat(medulloblastoma.recode()).isEqualTo("033");
        assertThat(medulloblastoma.majorCategory()).isEqualTo("03");
        ChildhoodCancerClassifier.Result neuroblastoma = iccc.classify("C749", "9500", "3");
        assertThat(neuroblastoma.majorCategory()).isEqualTo("04");
        // acute lymphoblastic leukaemia: haematological ICD-10 site goes to bone marrow
        assertThat(iccc.classify("C910", "9811", "3").majorCategory()).isEqualTo("01");
        assertThat(iccc.classify("nonsense", "9470", "3")).isEqualTo(ChildhoodCancerClassifier.UNKNOWN);
        assertThat(iccc.classify("C716", "abcd", "3").known()).isFalse();
        assertThat(iccc.classify("C716", null, "3").known()).isFalse();
        assertThat(ChildhoodCancerClassifier.isChild(14)).isTrue();
        assertThat(ChildhoodCancerClassifier.isChild(15)).isFalse();
    }

    @Test
    void teenageAndYoungAdultCancersByAyaRecode2020() {
        TyaCancerClassifier aya = new TyaCancerClassifier();
        TyaCancerClassifier.Result breast = aya.classify("C509", "8500", "3");
        assertThat(breast.recode()).isEqualTo("168");
        assertThat(breast.known()).isTrue();
        TyaCancerClassifier.Result hodgkin = aya.classify("C819", "9650", "3");
        assertThat(hodgkin.known()).isTrue();
        assertThat(hodgkin.label().toLowerCase()).contains("hodgkin");
        assertThat(aya.classify("C509", "", "3").known()).isFalse();
        assertThat(aya.classify("XYZ", "8500", "3")).isEqualTo(TyaCancerClassifier.UNKNOWN);
        assertThat(TyaCancerClassifier.isTeenageOrYoungAdult(24)).isTrue();
        assertThat(TyaCancerClassifier.isTeenageOrYoungAdult(25)).isFalse();
    }
}
