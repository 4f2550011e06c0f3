package org.rarewatch.app.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class TableWriterTest {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Payloads from the OWASP CSV injection page, plus the tab and carriage-return variants. */
    private static final List<String> PAYLOADS = List.of("=1+2", "+SUM(A1:A2)", "-2+3", "@SUM(1,1)",
            "=HYPERLINK(\"http://evil.example\",\"click\")", "\t=1+1", "\r=1+1");

    private final DownloadTable table = new DownloadTable("People told within 28 days, England: 2024-09",
            List.of("Suspected cancer type", "Within 28 days", "Performance (%)", "Note"),
            List.of(
                    List.of(TableCell.text("Suspected sarcoma"), TableCell.number(945L),
                            TableCell.number(63.8), TableCell.text("Children’s – “quoted”, with comma")),
                    List.of(TableCell.text("Suspected brain/CNS"), TableCell.number(new BigDecimal("1234567.125")),
                            TableCell.number(-2.5), new TableCell.Empty())));

    private static DownloadTable payloadTable() {
        List<List<TableCell>> rows = new ArrayList<>();
        for (String payload : PAYLOADS) {
            rows.add(List.of(TableCell.text(payload), TableCell.number(-7L)));
        }
        return new DownloadTable("Injection", List.of("Text", "Number"), rows);
    }

    @Test
    void csvIsUtf8WithAHeaderRowAndExactNumbers() {
        byte[] bytes = TableWriter.write(table, DownloadFormat.CSV);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'S');
        assertThat(text).startsWith("Suspected cancer type,Within 28 days,Performance (%),Note\r\n");
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).stream().toList();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).getFields())
                .containsExactly("Suspected sarcoma", "945", "63.8", "Children’s – “quoted”, with comma");
        assertThat(records.get(2).getFields()).containsExactly("Suspected brain/CNS", "1234567.125", "-2.5", "");
    }

    @Test
    void csvNeutralisesFormulaTextButNotNumbers() {
        String text = new String(TableWriter.write(payloadTable(), DownloadFormat.CSV), StandardCharsets.UTF_8);
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).stream().toList();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            assertThat(records.get(i + 1).getField(0)).isEqualTo("'" + PAYLOADS.get(i));
            assertThat(records.get(i + 1).getField(1)).as("a negative number stays a number").isEqualTo("-7");
        }
    }

    @Test
    void xlsxReadsBackWithNumberAndTextCells() throws Exception {
        List<Row> rows = readXlsx(TableWriter.write(table, DownloadFormat.XLSX));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Suspected cancer type");
        Row sarcoma = rows.get(1);
        assertThat(sarcoma.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(sarcoma.getCell(0).asString()).isEqualTo("Suspected sarcoma");
        assertThat(sarcoma.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(sarcoma.getCell(1).asNumber()).isEqualByComparingTo("945");
        assertThat(sarcoma.getCell(2).asNumber()).isEqualByComparingTo("63.8");
        assertThat(sarcoma.getCell(3).asString()).isEqualTo("Children’s – “quoted”, with comma");
        Row brain = rows.get(2);
        assertThat(brain.getCell(1).asNumber()).isEqualByComparingTo("1234567.125");
        assertThat(brain.getCell(2).asNumber()).isEqualByComparingTo("-2.5");
        assertThat(brain.getCellCount() < 4 || brain.getCell(3) == null || brain.getCell(3).getType() == CellType.EMPTY)
                .as("the empty cell stays empty").isTrue();
    }

    @Test
    void xlsxStoresFormulaTextAsTextFormattedTextNeverAsAFormula() throws Exception {
        byte[] xlsx = TableWriter.write(payloadTable(), DownloadFormat.XLSX);
        List<Row> rows = readXlsx(xlsx);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            Cell text = rows.get(i + 1).getCell(0);
            assertThat(text.getType()).as(PAYLOADS.get(i)).isEqualTo(CellType.STRING);
            assertThat(text.getFormula()).isNull();
            assertThat(text.asString()).isEqualTo(PAYLOADS.get(i));
            assertThat(xlsxFormatCode(xlsx, "A" + (i + 2))).as("Text number format").isEqualTo("@");
            Cell number = rows.get(i + 1).getCell(1);
            assertThat(number.getType()).isEqualTo(CellType.NUMBER);
            assertThat(number.asNumber()).isEqualByComparingTo("-7");
        }
    }

    @Test
    void odsIsAValidOpenDocumentPackageWithTypedCells() throws Exception {
        byte[] ods = TableWriter.write(table, DownloadFormat.ODS);
        Map<String, byte[]> entries = unzipChecked(ods);
        assertThat(entries).containsKeys("META-INF/manifest.xml", "content.xml");
        assertThat(new String(entries.get("META-INF/manifest.xml"), StandardCharsets.UTF_8))
                .contains("application/vnd.oasis.opendocument.spreadsheet", "content.xml");

        List<List<Element>> rows = odsRows(entries.get("content.xml"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(textOf(rows.get(0).get(0))).isEqualTo("Suspected cancer type");
        assertCell(rows.get(1).get(0), "string", null, "Suspected sarcoma");
        assertCell(rows.get(1).get(1), "float", "945", null);
        assertCell(rows.get(1).get(2), "float", "63.8", null);
        assertCell(rows.get(1).get(3), "string", null, "Children’s – “quoted”, with comma");
        assertCell(rows.get(2).get(1), "float", "1234567.125", null);
        assertCell(rows.get(2).get(2), "float", "-2.5", null);
        assertThat(rows.get(2).size() < 4 || rows.get(2).get(3).getAttributeNS(OFFICE, "value-type").isEmpty())
                .as("the empty cell stays empty").isTrue();
    }

    @Test
    void odsStoresFormulaTextAsPlainTextNeverAsAFormula() throws Exception {
        Map<String, byte[]> entries = unzipChecked(TableWriter.write(payloadTable(), DownloadFormat.ODS));
        assertThat(new String(entries.get("content.xml"), StandardCharsets.UTF_8)).doesNotContain("table:formula");
        List<List<Element>> rows = odsRows(entries.get("content.xml"));
        for (int i = 0; i < PAYLOADS.size(); i++) {
            Element text = rows.get(i + 1).get(0);
            assertThat(text.hasAttributeNS(TABLE, "formula")).isFalse();
            assertThat(text.getAttributeNS(OFFICE, "value-type")).isEqualTo("string");
            assertThat(textOf(text)).isEqualTo(PAYLOADS.get(i));
            assertCell(rows.get(i + 1).get(1), "float", "-7", null);
        }
    }

    @Test
    void numbersAreWrittenWithoutTrailingZerosOrExponents() throws Exception {
        DownloadTable counts = new DownloadTable("Counts", List.of("a", "b", "c", "d"), List.of(List.of(
                TableCell.number(new BigDecimal("910.0")), TableCell.number(new BigDecimal("15375.50")),
                TableCell.number(new BigDecimal("1E+3")), TableCell.number(new BigDecimal("0.000")))));
        String csv = new String(TableWriter.write(counts, DownloadFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\n910,15375.5,1000,0\r\n");
        Row xlsx = readXlsx(TableWriter.write(counts, DownloadFormat.XLSX)).get(1);
        assertThat(xlsx.getCell(0).getRawValue()).isEqualTo("910");
        assertThat(xlsx.getCell(2).getRawValue()).isEqualTo("1000");
        List<Element> ods = odsRows(unzipChecked(TableWriter.write(counts, DownloadFormat.ODS)).get("content.xml")).get(1);
        assertThat(ods.get(1).getAttributeNS(OFFICE, "value")).isEqualTo("15375.5");
        assertThat(ods.get(2).getAttributeNS(OFFICE, "value")).isEqualTo("1000");
    }

    @Test
    void raggedTablesAreRefused() {
        assertThatThrownBy(() -> new DownloadTable("t", List.of("a", "b"), List.of(List.of(TableCell.text("x")))))
                .hasMessage("row 1 has 1 cells, but the table has 2 columns");
    }

    @Test
    void sheetNamesKeepToSpreadsheetRules() {
        assertThat(TableWriter.sheetName("People told within 28 days, England: 2024-09"))
                .isEqualTo("People told within 28 days, Eng").hasSizeLessThanOrEqualTo(31);
        assertThat(TableWriter.sheetName("a/b [c]?")).isEqualTo("a b c");
        assertThat(TableWriter.sheetName("::")).isEqualTo("Table");
    }

    private static List<Row> readXlsx(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }

    /** The number format code of one cell, read from the sheet and style parts themselves. */
    private static String xlsxFormatCode(byte[] xlsx, String reference) throws Exception {
        // fastexcel streams its entries with data descriptors, so read them through the central directory
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Path file = Files.createTempFile("table-", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        } finally {
            Files.delete(file);
        }
        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
        Document styles = parse(parts.get("xl/styles.xml"));
        NodeList cells = sheet.getElementsByTagNameNS(SPREADSHEETML, "c");
        String style = null;
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if (cell.getAttribute("r").equals(reference)) {
                style = cell.getAttribute("s");
            }
        }
        assertThat(style).as("style of " + reference).isNotBlank();
        Element cellXfs = (Element) styles.getElementsByTagNameNS(SPREADSHEETML, "cellXfs").item(0);
        Element xf = (Element) cellXfs.getElementsByTagNameNS(SPREADSHEETML, "xf").item(Integer.parseInt(style));
        String formatId = xf.getAttribute("numFmtId");
        if (formatId.equals("49")) {
            return "@";
        }
        NodeList formats = styles.getElementsByTagNameNS(SPREADSHEETML, "numFmt");
        for (int i = 0; i < formats.getLength(); i++) {
            Element format = (Element) formats.item(i);
            if (format.getAttribute("numFmtId").equals(formatId)) {
                return format.getAttribute("formatCode");
            }
        }
        return "builtin " + formatId;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The package rules of OpenDocument 1.2 part 3 §3.3: "mimetype" first, stored, with no extra field. */
    private static Map<String, byte[]> unzipChecked(byte[] ods) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** The cells of each row, with repeated cells (table:number-columns-repeated) expanded. */
    private static List<List<Element>> odsRows(byte[] contentXml) throws Exception {
        Document content = parse(contentXml);
        NodeList rowNodes = content.getElementsByTagNameNS(TABLE, "table-row");
        List<List<Element>> rows = new ArrayList<>();
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<Element> cells = new ArrayList<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Integer.parseInt(repeated);
                for (int k = 0; k < Math.min(times, 64); k++) {
                    cells.add(cell);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static void assertCell(Element cell, String type, String value, String text) {
        assertThat(cell.getAttributeNS(OFFICE, "value-type")).isEqualTo(type);
        assertThat(cell.hasAttributeNS(TABLE, "formula")).isFalse();
        if (value != null) {
            assertThat(new BigDecimal(cell.getAttributeNS(OFFICE, "value"))).isEqualByComparingTo(value);
        }
        if (text != null) {
            assertThat(textOf(cell)).isEqualTo(text);
        }
    }

    /** The text of a cell as OpenDocument encodes it: text:s for spaces, text:tab, text:line-break. */
    private static String textOf(Element cell) {
        NodeList paragraphs = cell.getElementsByTagNameNS(TEXT, "p");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs.getLength(); i++) {
            text.append(i > 0 ? "\n" : "");
            appendText(paragraphs.item(i), text);
        }
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (TEXT.equals(child.getNamespaceURI()) && "s".equals(child.getLocalName())) {
                String count = ((Element) child).getAttributeNS(TEXT, "c");
                text.append(" ".repeat(count.isEmpty() ? 1 : Integer.parseInt(count)));
            } else if (TEXT.equals(child.getNamespaceURI()) && "tab".equals(child.getLocalName())) {
                text.append('\t');
            } else if (TEXT.equals(child.getNamespaceURI()) && "line-break".equals(child.getLocalName())) {
                text.append('\n');
            } else {
                appendText(child, text);
            }
        }
    }
}
