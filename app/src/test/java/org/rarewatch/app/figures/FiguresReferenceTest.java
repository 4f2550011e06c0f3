package org.rarewatch.app.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.reference.ReferenceTable;

/** The bundled links and dashboard cancers read without a problem and refer only to things that exist. */
class FiguresReferenceTest {

    private final FiguresReference reference = new FiguresReference();

    @Test
    void everyLinkNamesABundledCommitmentAndEveryTargetHasADate() throws Exception {
        Set<String> commitments = new HashSet<>();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("reference/commitments/commitments-2026-11.csv")) {
            ReferenceTable.read("commitments", in, List.of("commitment_id")).rows()
                    .forEach(r -> commitments.add(r.get("commitment_id")));
        }
        assertThat(reference.links()).isNotEmpty();
        for (IndicatorLink l : reference.links()) {
            assertThat(commitments).as(l.commitmentId()).contains(l.commitmentId());
            assertThat(l.targetPercent() == null).isEqualTo(l.targetDate() == null);
        }
        assertThat(reference.linksOf("LTP-02")).extracting(IndicatorLink::indicator)
                .containsExactly("early_nhs_published", "early_nhs", "early_inclusive");
        assertThat(reference.linksOf("NCP-03")).singleElement()
                .satisfies(l -> assertThat(l.targetDate()).hasToString("2029-03-31"));
    }

    @Test
    void everyRegistryGroupHasAPageAndThePeopleSearchedCancersToo() {
        Set<String> covered = new HashSet<>();
        reference.cancers().forEach(c -> covered.addAll(c.registryGroups()));
        assertThat(covered).containsAll(CancerGroupTable.current().groups().stream()
                .filter(g -> !g.equals("Unknown")).toList());
        assertThat(reference.cancer("sarcoma")).hasValueSatisfying(c -> {
            assertThat(c.fdsType()).isEqualTo("sarcoma");
            assertThat(c.registryGroups()).containsExactly("Bone", "Soft tissue", "Kaposi sarcoma");
            assertThat(c.quality().quality().name()).isEqualTo("UNCERTAIN");
        });
        for (String slug : List.of("brain-cns", "childrens-cancers", "testicular", "acute-leukaemia", "pancreas",
                "breast", "lung", "bowel", "prostate")) {
            assertThat(reference.cancer(slug)).as(slug).isPresent();
        }
        assertThat(reference.cancers()).filteredOn(DashboardCancer::bigFour).hasSize(4);
    }

    @Test
    void rarecareBandsBelowSixAreRare() {
        assertThat(reference.rarecare("Bone sarcoma")).hasValueSatisfying(e -> assertThat(e.rare()).isTrue());
        assertThat(reference.rarecare("Epithelial tumours of the breast"))
                .hasValueSatisfying(e -> assertThat(e.rare()).isFalse());
        assertThat(new FiguresReference.RarecareEntity("x", "band >2-4", "", "").rare()).isTrue();
        assertThat(new FiguresReference.RarecareEntity("x", "band >6-10", "", "").rare()).isFalse();
    }
}
