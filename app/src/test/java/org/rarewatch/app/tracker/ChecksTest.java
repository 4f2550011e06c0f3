package org.rarewatch.app.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void acceptsOnlyAbsoluteHttpAndHttpsUrlsWithAHost() {
        for (String good : List.of("https://www.gov.uk/x", "http://example.org", "HTTPS://EXAMPLE.ORG/a?b=c")) {
            Checks c = Checks.request();
            assertThat(c.url("url", good)).as(good).isEqualTo(good);
            assertThat(c.ok()).isTrue();
        }
        for (String bad : List.of("ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "www.gov.uk",
                "https://", "mailto:a@b.org", "https://exa mple.org")) {
            Checks c = Checks.request();
            assertThat(c.url("url", bad)).as(bad).isNull();
            assertThat(c.problems()).as(bad).hasSize(1);
        }
    }

    @Test
    void reportsTextOverTheLimitWithItsLength() {
        Checks c = Checks.request();
        assertThat(c.text("rationale", "x".repeat(4000), Checks.TEXT_MAX)).hasSize(4000);
        assertThat(c.text("rationale", "x".repeat(4001), Checks.TEXT_MAX)).isNull();
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("is 4001 characters long; the limit is 4000"));
    }

    @Test
    void publicationDatesMayBeAsPreciseAsTheSource() {
        Checks c = Checks.request();
        assertThat(c.partialDate("d", "2020")).isEqualTo("2020");
        assertThat(c.partialDate("d", "2020-04")).isEqualTo("2020-04");
        assertThat(c.partialDate("d", "2020-04-08")).isEqualTo("2020-04-08");
        assertThat(c.ok()).isTrue();
        assertThat(c.partialDate("d", "2020-13")).isNull();
        assertThat(c.partialDate("d", "2020-02-30")).isNull();
        assertThat(c.partialDate("d", "8 April 2020")).isNull();
        assertThat(c.problems()).hasSize(3);
    }

    @Test
    void knowsTheStatusScaleAndNothingElse() {
        Checks c = Checks.request();
        assertThat(c.status("s", "not_measurable")).isEqualTo(AssessmentStatus.NOT_MEASURABLE);
        assertThat(c.status("s", "Some progress")).isNull();
        assertThat(AssessmentStatus.values()).extracting(AssessmentStatus::label).containsExactly(
                "Not yet assessed", "Not measurable as written", "No data", "No progress", "Some progress",
                "On track", "Achieved");
    }

    @Test
    void contextFlagsAreShortAndFreeOfTheSeparator() {
        Checks c = Checks.request();
        assertThat(c.flags("f", List.of(" disrupted: pandemic ", "", "disrupted: pandemic", "a;b", "y".repeat(81))))
                .containsExactly("disrupted: pandemic");
        assertThat(c.problems()).hasSize(2);
    }

    @Test
    void editionsMoveOneStepAndNeverLeavePublished() {
        assertThat(EditionState.DRAFT.canMoveTo(EditionState.OPEN)).isTrue();
        assertThat(EditionState.OPEN.canMoveTo(EditionState.DRAFT)).isTrue();
        assertThat(EditionState.DRAFT.canMoveTo(EditionState.PUBLISHED)).isFalse();
        assertThat(EditionState.IN_REVIEW.canMoveTo(EditionState.PUBLISHED)).isTrue();
        assertThat(EditionState.PUBLISHED.canMoveTo(EditionState.IN_REVIEW)).isFalse();
    }
}
