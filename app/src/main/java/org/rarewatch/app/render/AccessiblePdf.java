package org.rarewatch.app.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

/**
 * XHTML to an accessible, reproducible PDF with openhtmltopdf: PDF/UA-1 tagging and PDF/A-3u
 * conformance, the bundled Liberation Sans fonts embedded, an sRGB output intent, and fixed dates and
 * document id so the same input always gives the same bytes.
 *
 * <p>The input must be well-formed XHTML with {@code <html lang>} and a {@code <title>}; a
 * {@code <meta name="subject">} becomes the document description. Every inline SVG needs a
 * {@code <title>} (and ideally a {@code <desc>}): they become the figure's alternate text. External
 * resources (files, http) are never loaded; only {@code data:} URIs are allowed.
 */
public final class AccessiblePdf {
    /** Width inline SVGs are drawn at when they carry no size of their own (A4 text width is 170 mm). */
    public static final double CHART_WIDTH_MM = 165;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*");

    /**
     * @param documentDate creation and modification date written into the PDF (e.g. the edition's as-of
     *                     date), so rebuilding gives the same bytes
     * @param draft        adds a diagonal "DRAFT" mark on every page and "Draft: not for publication" in the
     *                     page header
     */
    public record Options(Instant documentDate, boolean draft) {
        public Options {
            Objects.requireNonNull(documentDate, "documentDate");
        }
    }

    static {
        // openhtmltopdf logs every font load and stylesheet parse at INFO to the console; keep its warnings
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.WARNING, new ConsoleHandler(), new XRSimpleLogFormatter()));
    }

    private final String stylesheet;

    public AccessiblePdf() {
        this.stylesheet = resource("/render/report-print.css");
    }

    /** The print stylesheet put first in every document's head; pages can add their own after it. */
    public String stylesheet() {
        return stylesheet;
    }

    public byte[] render(String xhtml, Options options) {
        Document document = prepare(parse(xhtml), options);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(document, "about:blank");
        builder.withProducer("Rarewatch (openhtmltopdf)");
        EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
                FSFontUseCase.FALLBACK_PRE);
        for (BundledFonts.Face face : BundledFonts.FACES) {
            builder.useFont(() -> BundledFonts.open(face.resource()), BundledFonts.FAMILY, face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true, uses);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
            if (options.draft()) {
                stampDraft(pdf);
            }
            pin(pdf, options.documentDate(), xhtml);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- input ----------------------------------------------------------------------------------------

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // no DTDs and no external entities: the HTML carries user-entered text
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
            parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return parser.parse(new InputSource(new java.io.StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document prepare(Document document, Options options) {
        Element html = document.getDocumentElement();
        if (html.getAttribute("lang").isBlank()) {
            throw new IllegalArgumentException("<html> needs a lang attribute (the PDF's language)");
        }
        Element head = first(html, "head");
        if (head == null || first(head, "title") == null || first(head, "title").getTextContent().isBlank()) {
            throw new IllegalArgumentException("the document needs a <title> (the PDF's title)");
        }
        List<String> problems = new ArrayList<>();
        NodeList svgs = document.getElementsByTagNameNS(SVG_NS, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getParentNode() instanceof Element parent && SVG_NS.equals(parent.getNamespaceURI())) {
                continue;
            }
            describeFigure(svg, i + 1, problems);
            sizeFromViewBox(svg);
        }
        NodeList images = document.getElementsByTagNameNS(XHTML_NS, "img");
        for (int i = 0; i < images.getLength(); i++) {
            Element img = (Element) images.item(i);
            if (img.getAttribute("alt").isBlank()) {
                problems.add("image number " + (i + 1) + " (" + img.getAttribute("src").lines().findFirst().orElse("")
                        .substring(0, Math.min(40, img.getAttribute("src").length())) + ") has no alt text");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Element style = document.createElementNS(XHTML_NS, "style");
        String title = first(head, "title").getTextContent().strip().replaceAll("\\s+", " ");
        style.setTextContent(stylesheet + footer(title) + (options.draft() ? draftCss() : ""));
        head.insertBefore(style, head.getFirstChild());
        return document;
    }

    /** openhtmltopdf reads a figure's alternate text from an alt attribute; charts carry title and desc. */
    private static void describeFigure(Element svg, int number, List<String> problems) {
        if (!svg.getAttribute("alt").isBlank()) {
            return;
        }
        Element title = firstNs(svg, "title");
        Element desc = firstNs(svg, "desc");
        String text = ((title == null ? "" : title.getTextContent().strip() + ". ")
                + (desc == null ? "" : desc.getTextContent().strip())).strip();
        if (text.isEmpty()) {
            text = svg.getAttribute("aria-label").strip();
        }
        if (text.isEmpty()) {
            problems.add("SVG number " + number + " has no <title>, <desc>, aria-label or alt: it needs a text alternative");
        } else {
            svg.setAttribute("alt", text);
        }
    }

    /**
     * An SVG sized only by its viewBox would get openhtmltopdf's 400×400 px default and leave a gap under
     * the chart; give it the chart width and the viewBox's height for that width instead.
     */
    private static void sizeFromViewBox(Element svg) {
        boolean sized = !svg.getAttribute("width").isBlank() || svg.getAttribute("style").contains("height");
        Matcher box = VIEW_BOX.matcher(svg.getAttribute("viewBox"));
        if (sized || !box.matches()) {
            return;
        }
        double w = Double.parseDouble(box.group(1));
        double h = Double.parseDouble(box.group(2));
        if (w <= 0 || h <= 0) {
            return;
        }
        String size = String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm;", CHART_WIDTH_MM, CHART_WIDTH_MM * h / w);
        String existing = svg.getAttribute("style");
        svg.setAttribute("style", existing.isBlank() ? size : existing + "; " + size);
    }

    private static Element first(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static Element firstNs(Element svg, String localName) {
        for (var child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The title in the bottom-left margin of every page but the cover (margin content is an artifact). */
    private static String footer(String title) {
        return "\n@page { @bottom-left { content: " + cssString(title)
                + "; font-family: 'Liberation Sans'; font-size: 8.5pt; color: #4c6272; } }\n"
                + "@page cover { @bottom-left { content: none; } }\n";
    }

    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    // ---- draft mark -----------------------------------------------------------------------------------

    private static String draftCss() {
        return "\n@page { @top-left { content: \"Draft: not for publication\"; font-family: 'Liberation Sans';"
                + " font-size: 9pt; color: #d5281b; font-weight: bold; } }\n"
                + "@page cover { @top-left { content: \"Draft: not for publication\"; } }\n";
    }

    /**
     * A large diagonal "DRAFT" over every page, drawn after layout straight into the page content as an
     * /Artifact (PDF/UA: decoration, not content), in the embedded bundled bold font.
     */
    private static void stampDraft(PDDocument pdf) throws IOException {
        PDType0Font font;
        try (InputStream in = BundledFonts.open(BundledFonts.FACES.get(1).resource())) {
            font = PDType0Font.load(pdf, in, true);
        }
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.12f);
        String text = "DRAFT";
        float size = 120;
        float textWidth = font.getStringWidth(text) / 1000 * size;
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(faint);
                cs.setNonStrokingColor(NhsPalette.RED);
                cs.beginText();
                cs.setFont(font, size);
                Matrix m = Matrix.getRotateInstance(Math.PI / 4, box.getWidth() / 2, box.getHeight() / 2);
                m.translate(-textWidth / 2, -size * 0.35f);
                cs.setTextMatrix(m);
                cs.showText(text);
                cs.endText();
                cs.restoreGraphicsState();
                cs.endMarkedContent();
            }
        }
    }

    // ---- reproducibility ------------------------------------------------------------------------------

    /**
     * openhtmltopdf stamps the current time into the info dictionary and XMP, and PDFBox derives /ID from
     * the current time; replace all three with values fixed by the input.
     */
    private static void pin(PDDocument pdf, Instant date, String xhtml) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(date.toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);

        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try (InputStream in = metadata.exportXMPMetadata()) {
                DomXmpParser parser = new DomXmpParser();
                XMPMetadata xmp = parser.parse(in);
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(when);
                basic.setModifyDate(when);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, out, true);
                String text = out.toString(StandardCharsets.UTF_8)
                        .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
                metadata.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
            } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IllegalStateException("could not rewrite the XMP metadata openhtmltopdf wrote", e);
            }
        }

        byte[] id = Arrays.copyOf(sha256(xhtml + "\n" + date), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = AccessiblePdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
