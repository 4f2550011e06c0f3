package org.rarewatch.app.report;

import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.nio.file.Files;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rarewatch.app.render.VeraPdf;
import org.rarewatch.app.waitingtimes.CwtFiles;
import org.rarewatch.app.waitingtimes.CwtReleaseStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual report of the demo editions, built from the database (H2 and PostgreSQL through the
 * subclasses) and served by the web app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportContract {

    @LocalServerPort
    int port;
    @Autowired
    AnnualReport reports;
    @Autowired
    ReportAssembler assembler;
    @Autowired
    CwtReleaseStore releases;

    private final HttpClient http = HttpClient.newHttpClient();
    private AnnualReport.Files report2020;
    private String pdfText;

    @BeforeAll
    void build2020() throws Exception {
        report2020 = reports.build(2020);
        try (PDDocument doc = Loader.loadPDF(report2020.pdf())) {
            pdfText = new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void the2020PdfPassesPdfUa1AndPdfA3u() throws Exception {
        Map<String, Integer> failures = VeraPdf.failures(report2020.pdf(), PDFAFlavour.PDFUA_1);
        assertThat(failures).as("veraPDF PDF/UA-1 failed rules").isEmpty();
        assertThat(VeraPdf.failures(report2020.pdf(), PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
    }

    @Test
    void the2020PdfIsTaggedTitledAndHasAContentsPageWithPageNumbers() throws Exception {
        try (PDDocument doc = Loader.loadPDF(report2020.pdf())) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Rare and less common cancers: annual review 2020");
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            // the PDF's date is the edition's publication date, not the time of the build
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2020-04-08T00:00:00Z"));
        }
        // contents entries followed by leaders and the page they start on
        Matcher methods = Pattern.compile("Methods and data sources[ .]*(\\d+)").matcher(pdfText);
        assertThat(methods.find()).as("contents line for the methods appendix").isTrue();
        assertThat(Integer.parseInt(methods.group(1))).isGreaterThan(3);
        assertThat(pdfText).containsPattern("Summary of findings[ .]*\\d+");
        assertThat(pdfText).contains("Contents");
    }

    @Test
    void the2020ReportNamesTheRecommendationsIncludingCountingAllCancers() {
        String flat = pdfText.replaceAll("\\s+", " ");
        assertThat(flat).contains("Find ways to count every cancer in the early diagnosis target");
        assertThat(flat).contains("R2020-01").contains("R2020-02").contains("R2020-03").contains("R2020-04");
        assertThat(flat).contains("New in this edition").contains("Carried forward");
        assertThat(flat).contains("there is no earlier edition");
        assertThat(flat).contains("rarewatch-sdc-1");
        assertThat(flat).contains(assembler.assemble(2020).snapshotHash());
        String html = new String(report2020.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("Find ways to count every cancer in the early diagnosis target");
    }

    @Test
    void twoBuildsOfTheSameEditionAreByteIdentical() {
        AnnualReport.Files again = reports.build(2020);
        assertThat(again.html()).isEqualTo(report2020.html());
        assertThat(again.pdf()).isEqualTo(report2020.pdf());
    }

    @Test
    void theHtmlIsSelfContained() {
        String html = new String(report2020.html(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("data:font/ttf;base64,");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContainPattern("src=\"(?!data:)").doesNotContainPattern("url\\((?!data:)");
    }

    @Test
    void theReportsFiguresAreTheFiguresTheApiShowsForTheEdition() throws Exception {
        JsonNode edition = JsonMapper.builder().build().readTree(get("/api/v1/editions/2020").body());
        List<String> api = new ArrayList<>();
        for (JsonNode a : edition.get("assessments")) {
            for (JsonNode f : a.get("figures")) {
                api.add(a.get("commitmentId").asString() + "|" + f.get("label").asString() + "|"
                        + new BigDecimal(f.get("value").asString()).stripTrailingZeros().toPlainString() + "|"
                        + f.get("unit").asString());
            }
        }
        List<String> report = new ArrayList<>();
        for (ControlledFigure f : assembler.assemble(2020).allFigures()) {
            report.add(f.figure().commitmentId() + "|" + f.figure().label() + "|"
                    + new BigDecimal(f.shownValue()).stripTrailingZeros().toPlainString() + "|" + f.figure().unit());
        }
        assertThat(api).isNotEmpty();
        assertThat(report).containsExactlyInAnyOrderElementsOf(api);
        // and the numbers printed in the HTML's figure cells are those values
        String html = new String(report2020.html(), StandardCharsets.UTF_8);
        Matcher cells = Pattern.compile("<td class=\"number figure-value\">([^ <]+) ").matcher(html);
        List<String> printed = new ArrayList<>();
        while (cells.find()) {
            printed.add(new BigDecimal(cells.group(1)).stripTrailingZeros().toPlainString());
        }
        assertThat(printed).containsExactlyInAnyOrderElementsOf(api.stream().map(s -> s.split("\\|")[2]).toList());
    }

    @Test
    void theDraft2026IsAWatermarkedPreviewComparedWith2020() throws Exception {
        AnnualReport.Files draft = reports.build(2026);
        assertThat(draft.draft()).isTrue();
        assertThat(draft.title()).startsWith("DRAFT");
        try (PDDocument doc = Loader.loadPDF(draft.pdf())) {
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("DRAFT");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Draft: not for publication").contains("DRAFT");
            assertThat(text).contains("Compared with edition 2020");
            // the FDS figure the draft cites, charted against the plan's 80% target
            assertThat(text).contains("Faster Diagnosis Standard performance, England, against the target");
        }
        assertThat(VeraPdf.failures(draft.pdf(), PDFAFlavour.PDFUA_1)).as("draft PDF/UA-1").isEmpty();
        String html = new String(draft.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>DRAFT").contains("class=\"draft-banner\"").contains("<svg");
    }

    @Test
    void theWebAppServesBothFilesAndTheEditionPageLinksThem() throws Exception {
        HttpResponse<byte[]> pdf = getBytes("/editions/2020/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).isEqualTo(report2020.pdf());
        HttpResponse<byte[]> html = getBytes("/editions/2020/report.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).isEqualTo(report2020.html());
        assertThat(new String(getBytes("/editions/2026/report.html").body(), StandardCharsets.UTF_8))
                .contains("<title>DRAFT");
        assertThat(getBytes("/editions/1999/report.pdf").statusCode()).isEqualTo(404);
        String page = get("/editions/2020").body();
        assertThat(page).contains("href=\"/editions/2020/report.html\"").contains("href=\"/editions/2020/report.pdf\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Releases appear in the appendix of editions that could draw on them, never in an already frozen report. */
    @Test
    void theAppendixListsTheWaitingTimesReleasesAnEditionCouldUseAndLeavesFrozenReportsAlone(@TempDir Path dir)
            throws Exception {
        Path csv = dir.resolve("CWT-CRS-Sep-2024-Data-Extract-Provider-Final.csv");
        Files.writeString(csv, CwtFiles.HEADER + CwtFiles.fdsRow("2024-09", 20, 15));
        releases.importFiles(List.of(new CwtReleaseStore.ReleaseFile(csv)), (f, r) -> { });

        String draft = new String(reports.build(2026).html(), StandardCharsets.UTF_8);
        String appendix = draft.substring(draft.indexOf("<h3>Data releases</h3>"), draft.indexOf("<h3>Reference data</h3>"));
        assertThat(appendix).contains("CWT-CRS-Sep-2024-Data-Extract-Provider-Final.csv", "CWT-CRS-Sep-2024-Data-Extract-Provider-Final.csv final, 2024-09 —");
        AnnualReport.Files again = reports.build(2020);
        assertThat(again.html()).isEqualTo(report2020.html());
        assertThat(again.pdf()).isEqualTo(report2020.pdf());
    }
}
