package org.rarewatch.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.rarewatch.app.render.AccessiblePdf;
import org.rarewatch.app.render.BundledFonts;
import org.springframework.stereotype.Service;

/**
 * The annual report of one edition as a self-contained HTML file (styles, fonts and charts inlined, nothing
 * fetched) and an accessible PDF made from the same XHTML. Both depend only on the stored edition, so an
 * unchanged edition always gives the same bytes.
 */
@Service
public class AnnualReport {

    /** Both files of one build. */
    public record Files(String title, boolean draft, byte[] html, byte[] pdf) {
    }

    private static final String REPORT_CSS = resource("/report/report.css");
    private static final String SCREEN_CSS = resource("/report/report-screen.css");
    private static volatile String fontFaces;

    private final ReportAssembler assembler;
    private final AccessiblePdf pdf = new AccessiblePdf();

    public AnnualReport(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    public Files build(int year) {
        ReportModel model = assembler.assemble(year);
        return new Files(ReportDocument.title(model), model.draft(), html(model), pdf(model));
    }

    public byte[] html(int year) {
        return html(assembler.assemble(year));
    }

    public byte[] pdf(int year) {
        return pdf(assembler.assemble(year));
    }

    byte[] html(ReportModel model) {
        String head = "<style>\n" + fontFaces() + pdf.stylesheet() + REPORT_CSS + SCREEN_CSS + "</style>\n";
        return ("<!DOCTYPE html>\n" + ReportDocument.xhtml(model, head)).getBytes(StandardCharsets.UTF_8);
    }

    byte[] pdf(ReportModel model) {
        String xhtml = ReportDocument.xhtml(model, "<style>\n" + REPORT_CSS + "</style>\n");
        return pdf.render(xhtml, new AccessiblePdf.Options(model.documentDate(), model.draft()));
    }

    /** The bundled fonts as data: URIs, so the HTML file shows the same type as the PDF with no request. */
    static String fontFaces() {
        String faces = fontFaces;
        if (faces == null) {
            StringBuilder css = new StringBuilder();
            for (BundledFonts.Face face : BundledFonts.FACES) {
                try (InputStream in = BundledFonts.open(face.resource())) {
                    css.append("@font-face { font-family: '").append(BundledFonts.FAMILY).append("'; font-weight: ")
                            .append(face.weight()).append("; font-style: ").append(face.italic() ? "italic" : "normal")
                            .append("; src: url(data:font/ttf;base64,")
                            .append(Base64.getEncoder().encodeToString(in.readAllBytes()))
                            .append(") format('truetype'); }\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            faces = css.toString();
            fontFaces = faces;
        }
        return faces;
    }

    private static String resource(String path) {
        try (InputStream in = AnnualReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
