package org.rarewatch.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.catalogue.Plan;
import org.rarewatch.app.tracker.Assessment;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.CitedFigure;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.EditionRecommendation;
import org.rarewatch.app.tracker.EditionState;
import org.rarewatch.app.tracker.Evidence;
import org.rarewatch.app.tracker.Recommendation;
import org.rarewatch.app.tracker.RecommendationStatus;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.engine.disclosure.DisclosurePolicy;
import org.rarewatch.engine.reference.DataQuality;

/**
 * Markup and script in every stored text field the report prints: the HTML must show them as text (no
 * element, no script, no javascript: link), and the PDF must show the same literal text.
 */
class ReportEscapingTest {

    private static final String EVIL = "<script>alert('x')</script><b onmouseover=\"y()\">&amp; ]]>";

    private static String evil(String field) {
        return field + " " + EVIL;
    }

    static ReportModel model() {
        Edition edition = new Edition(2030, evil("edition title"), LocalDate.of(2030, 3, 1), "P", EditionState.PUBLISHED,
                evil("edition note"), "a".repeat(64), OffsetDateTime.of(2030, 3, 2, 0, 0, 0, 0, ZoneOffset.UTC), 1);
        Edition before = new Edition(2029, evil("previous title"), LocalDate.of(2029, 3, 1), "P",
                EditionState.PUBLISHED, "", "b".repeat(64), null, 1);
        Plan plan = new Plan("P", evil("plan title"), evil("publisher"), evil("published"), "2030",
                "https://example.org/plan", DataQuality.OK, "", 1);
        Commitment commitment = new Commitment("C-1", "P", "early_diagnosis", evil("commitment summary"), "75",
                "% " + evil("target unit"), evil("target date"), 2030, "high", "", "https://example.org/c", DataQuality.OK,
                "", 1);
        CitedFigure cited = new CitedFigure(2030, "C-1", 1, evil("figure label"), "55", "% " + evil("unit"),
                evil("period"), evil("figure source"), "javascript:alert(1)");
        CitedFigure count = new CitedFigure(2030, "C-1", 2, evil("count label"), "1200", evil("people"),
                evil("period"), evil("count source"), "https://example.org/f?a=1&b=<2>");
        Evidence evidence = new Evidence(2030, "C-1", 1, evil("claim"), evil("evidence source"),
                "https://example.org/e\"onclick=\"x()", evil("2030"));
        Assessment assessment = new Assessment(2030, "C-1", AssessmentStatus.SOME_PROGRESS, evil("rationale"),
                evil("rlc meaning"), List.of(evil("flag")), 1, List.of(evidence), List.of(cited, count));
        DisclosurePolicy policy = DisclosurePolicy.DEFAULT;
        List<ControlledFigure> figures = List.of(ControlledFigure.control(new CitedReportFigure(cited), policy),
                ControlledFigure.control(new CitedReportFigure(count), policy));
        Recommendation identity = new Recommendation("R-1", Recommendation.CARRIED_FORWARD, evil("origin plan"),
                evil("origin ref"), 2029);
        EditionRecommendation rec = new EditionRecommendation(2030, "R-1", evil("recommendation text"),
                evil("addressed to"), RecommendationStatus.OPEN, evil("status note"), 1, List.of("C-1"));
        TrackerQueries.StatusChange change = new TrackerQueries.StatusChange("C-1", evil("diff summary"),
                AssessmentStatus.NO_DATA, AssessmentStatus.SOME_PROGRESS);
        TrackerQueries.RecommendationChange recChange = new TrackerQueries.RecommendationChange("R-1",
                RecommendationStatus.OPEN, RecommendationStatus.PARTLY_MET, evil("rec change text"));
        TrackerQueries.Diff diff = new TrackerQueries.Diff(before, edition, List.of(change), List.of(), List.of(change),
                List.of(change), List.of(recChange), List.of(recChange), List.of(recChange));
        Map<AssessmentStatus, Integer> counts = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            counts.put(s, s == AssessmentStatus.SOME_PROGRESS ? 1 : 0);
        }
        return new ReportModel(edition, plan, false, "c".repeat(64), Instant.parse("2030-03-02T00:00:00Z"), counts,
                List.of(new ReportModel.Theme("early_diagnosis", evil("theme label"), List.of(
                        new ReportModel.CommitmentSection(commitment, assessment, figures, List.of(), List.of("R-1"))))),
                List.of(new ReportModel.RecommendationEntry(identity, rec, List.of(rec), false)), before, diff,
                List.of(new ReportModel.FigureChange("C-1", evil("changed figure"), evil("before"), evil("after"))),
                List.of(new ReportModel.DatasetEntry(evil("dataset"), evil("version"), evil("source"), "d".repeat(64), 3)),
                List.of(evil("definition")), policy.name(), evil("policy summary"),
                List.of(new ReportModel.ReleaseEntry(evil("release"), evil("release version"), evil("release source"),
                        "e".repeat(64))));
    }

    @Test
    void markupAndScriptInEveryTextFieldAreShownAsTextInTheHtml() {
        String html = new String(new AnnualReport(null).html(model()), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("onmouseover=\"")
                .doesNotContain("href=\"javascript:").doesNotContain("onclick=\"x");
        for (String field : List.of("edition title", "edition note", "plan title", "publisher", "commitment summary",
                "target unit", "target date", "figure label", "unit", "period", "figure source", "count label",
                "people", "count source", "claim", "evidence source", "rationale", "rlc meaning", "flag", "origin plan",
                "origin ref", "recommendation text", "addressed to", "status note", "diff summary", "rec change text",
                "changed figure", "before", "after", "dataset", "version", "source", "definition", "policy summary",
                "release", "release version", "release source", "theme label")) {
            assertThat(html).as(field).contains(field + " &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b "
                    + "onmouseover=&quot;y()&quot;&gt;&amp;amp; ]]&gt;");
        }
        // the unsafe address is printed, never linked; the safe one keeps its query string escaped
        assertThat(html).contains("(javascript:alert(1))").contains("href=\"https://example.org/f?a=1&amp;b=&lt;2&gt;\"");
    }

    @Test
    void thePdfShowsTheSameLiteralText() throws Exception {
        byte[] pdf = new AnnualReport(null).pdf(model());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("recommendation text <script>alert('x')</script><b onmouseover=\"y()\">&amp; ]]>");
            assertThat(text).contains("rationale <script>alert('x')</script>");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Rare and less common cancers: annual review 2030");
        }
    }
}
