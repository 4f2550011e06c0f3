package org.rarewatch.app.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalTest {

    private static final Edition EDITION = new Edition(2020, "Title", LocalDate.of(2020, 4, 8), "LTP-2019",
            EditionState.IN_REVIEW, "note", null, null, 3);

    @Test
    void sha256MatchesTheStandardTestVector() {
        // FIPS 180-2 example: SHA-256("abc")
        assertThat(Canonical.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theSnapshotIsTheSameWhateverOrderTheRowsComeIn() {
        Assessment a = assessment("LTP-02", AssessmentStatus.SOME_PROGRESS);
        Assessment b = assessment("LTP-04", AssessmentStatus.ON_TRACK);
        Recommendation r = new Recommendation("R1", Recommendation.ALLIANCE, null, "", 2020);
        EditionRecommendation er = new EditionRecommendation(2020, "R1", "text", "NHS England",
                RecommendationStatus.OPEN, "", 1, List.of("LTP-04", "LTP-02"));
        EditionRecommendation erSorted = new EditionRecommendation(2020, "R1", "text", "NHS England",
                RecommendationStatus.OPEN, "", 7, List.of("LTP-02", "LTP-04"));
        String one = Canonical.snapshot(EDITION, List.of(a, b), List.of(er), Map.of("R1", r));
        String two = Canonical.snapshot(EDITION, List.of(b, a), List.of(erSorted), Map.of("R1", r));
        assertThat(one).isEqualTo(two);
        assertThat(one).startsWith("{\"year\":2020,\"title\":\"Title\",\"as_of\":\"2020-04-08\",\"plan_id\":\"LTP-2019\"")
                .contains("\"commitment_ids\":[\"LTP-02\",\"LTP-04\"]")
                .doesNotContain("version").doesNotContain("in_review");
    }

    @Test
    void anyChangeOfContentChangesTheHash() {
        Assessment a = assessment("LTP-02", AssessmentStatus.SOME_PROGRESS);
        String hash = Canonical.contentHash(EDITION, List.of(a), List.of(), Map.of());
        assertThat(Canonical.contentHash(EDITION, List.of(assessment("LTP-02", AssessmentStatus.ACHIEVED)), List.of(),
                Map.of())).isNotEqualTo(hash);
        Assessment withFlag = new Assessment(2020, "LTP-02", AssessmentStatus.SOME_PROGRESS, "why", "rlc",
                List.of("disrupted: pandemic"), 1, List.of(), List.of());
        assertThat(Canonical.contentHash(EDITION, List.of(withFlag), List.of(), Map.of())).isNotEqualTo(hash);
        assertThat(Canonical.contentHash(EDITION, List.of(a), List.of(), Map.of())).isEqualTo(hash);
    }

    private static Assessment assessment(String id, AssessmentStatus status) {
        return new Assessment(2020, id, status, "why", "rlc", List.of(), 1,
                List.of(new Evidence(2020, id, 1, "claim", "title", "https://example.org", "2020")), List.of());
    }
}
