package org.rarewatch.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AccessiblePdfTest {
    private static final Instant AS_OF = Instant.parse("2024-09-30T00:00:00Z");
    private static final AccessiblePdf RENDERER = new AccessiblePdf();
    private static String html;
    private static byte[] pdf;

    @BeforeAll
    static void renderSample() {
        html = SampleReport.xhtml(SampleReport.USER_TEXT);
        pdf = RENDERER.render(html, new AccessiblePdf.Options(AS_OF, false));
    }

    @Test
    void sampleReportHasNoPdfUa1Failures() throws Exception {
        Map<String, Integer> failures = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
        assertThat(failures).as("veraPDF PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void theValidatorDoesFindFailuresInAnUntaggedPdf() throws Exception {
        // control: the same checks on a plain PDFBox page (no tags, no language, no title) must fail
        try (PDDocument plain = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            plain.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(plain, page)) {
                cs.addRect(10, 10, 100, 100);
                cs.fill();
            }
            plain.save(out);
            assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        }
    }

    @Test
    void sampleReportHasNoPdfA3uFailures() throws Exception {
        Map<String, Integer> failures = VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U);
        assertThat(failures).as("veraPDF PDF/A-3u failed rules").isEmpty();
    }

    @Test
    void draftPreviewIsAlsoConformantAndMarked() throws Exception {
        byte[] draft = RENDERER.render(html, new AccessiblePdf.Options(AS_OF, true));
        assertThat(VeraPdf.failures(draft, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, draft").isEmpty();
        assertThat(VeraPdf.failures(draft, PDFAFlavour.PDFA_3_U)).as("PDF/A-3u, draft").isEmpty();
        assertThat(draft).isNotEqualTo(pdf);
        try (PDDocument doc = Loader.loadPDF(draft)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Draft: not for publication");
        }
    }

    @Test
    void rebuildingGivesIdenticalBytes() {
        byte[] again = new AccessiblePdf().render(SampleReport.xhtml(SampleReport.USER_TEXT),
                new AccessiblePdf.Options(AS_OF, false));
        assertThat(again).isEqualTo(pdf);
    }

    @Test
    void datesComeFromTheOptionsNotTheClock() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(AS_OF);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(AS_OF);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp).contains("2024-09-30T00:00:00").contains("pdfuaid:part").contains("<pdfaid:part>3");
        }
        byte[] later = RENDERER.render(html, new AccessiblePdf.Options(AS_OF.plusSeconds(86_400), false));
        assertThat(later).isNotEqualTo(pdf);
    }

    @Test
    void titleLanguageTaggingAndOutputIntentAreSet() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Rare and less common cancers: progress report 2024");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier())
                    .isEqualTo("sRGB IEC61966-2.1");
        }
    }

    @Test
    void everyChartIsAFigureWhoseAltTextIsItsTitleAndDescription() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.List<String> alts = new java.util.ArrayList<>();
            collectFigureAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).containsExactly(
                    "Cancers diagnosed at stage 1 or 2, by group. " + SampleReport.comparisonChart().description(),
                    "Early diagnosis of rare and less common cancers: trajectory. "
                            + SampleReport.trajectoryChart().description(),
                    "Faster Diagnosis Standard, suspected sarcoma, England. " + SampleReport.fdsChart().description());
        }
    }

    private static void collectFigureAlts(java.util.List<Object> kids, java.util.List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigureAlts(e.getKids(), alts);
            }
        }
    }

    @Test
    void everyFontIsTheEmbeddedBundledFont() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void userTextIsPrintedLiterallyNotInterpreted() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Clinicians said <script>alert('x')</script> & \"waits\" < 28 days matter.");
        }
    }

    @Test
    void contentsPageGivesThePageEachChapterStartsOn() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int fdsPage = -1;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (stripper.getText(doc).contains("The Faster Diagnosis Standard asks")) {
                    fdsPage = p;
                }
            }
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(doc);
            assertThat(fdsPage).isPositive();
            assertThat(contents).containsPattern("Faster diagnosis[ .]*" + fdsPage + "\\b");
        }
    }

    @Test
    void refusesDocumentsThatCannotBeMadeAccessible() {
        String noLang = html.replace(" lang=\"en-GB\"", "");
        assertThatThrownBy(() -> RENDERER.render(noLang, new AccessiblePdf.Options(AS_OF, false)))
                .hasMessageContaining("lang");
        String noTitle = html.replaceFirst("<title>[^<]*</title>", "");
        assertThatThrownBy(() -> RENDERER.render(noTitle, new AccessiblePdf.Options(AS_OF, false)))
                .hasMessageContaining("title");
        String unlabelledSvg = html.replace("</body>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg></body>");
        assertThatThrownBy(() -> RENDERER.render(unlabelledSvg, new AccessiblePdf.Options(AS_OF, false)))
                .hasMessageContaining("text alternative");
        String imageWithoutAlt = html.replace("</body>", "<p><img src=\"data:image/png;base64,AAAA\"/></p></body>");
        assertThatThrownBy(() -> RENDERER.render(imageWithoutAlt, new AccessiblePdf.Options(AS_OF, false)))
                .hasMessageContaining("image number 1 (data:image/png;base64,AAAA) has no alt text");
        assertThatThrownBy(() -> RENDERER.render("<html lang=\"en\"><p>unclosed</html>",
                new AccessiblePdf.Options(AS_OF, false))).hasMessageContaining("not well-formed");
    }
}
