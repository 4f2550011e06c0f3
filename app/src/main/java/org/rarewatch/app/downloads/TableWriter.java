package org.rarewatch.app.downloads;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link DownloadTable} as CSV (UTF-8, header row first), XLSX (fastexcel) or ODS (SODS). In the
 * spreadsheets numbers are number cells and text is text cells, never formulas; text that looks like a formula
 * is also given the Text number format in XLSX, so editing the cell does not turn it into one. CSV has no
 * types, so such text gets a leading apostrophe there.
 */
public final class TableWriter {

    private static final String APPLICATION = "Rarewatch";

    private TableWriter() {
    }

    public static byte[] write(DownloadTable table, DownloadFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case CSV -> csv(table, out);
                case XLSX -> xlsx(table, out);
                case ODS -> ods(table, out);
                default -> throw new IllegalArgumentException(format.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the table as " + format.extension(), e);
        }
        return out.toByteArray();
    }

    private static void csv(DownloadTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(writer)) {
            csv.writeRecord(table.headers().stream().map(FormulaGuard::forCsv).toList());
            for (List<TableCell> row : table.rows()) {
                csv.writeRecord(row.stream().map(TableWriter::csvText).toList());
            }
        }
    }

    private static String csvText(TableCell cell) {
        if (cell instanceof TableCell.Text t) {
            return FormulaGuard.forCsv(t.value());
        }
        return cell instanceof TableCell.Number n ? plain(n.value()).toPlainString() : "";
    }

    /** The same number without trailing zeros (910.0 is written 910) and never in exponent form (1E+3). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void xlsx(DownloadTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, null);
        workbook.properties().setTitle(table.caption());
        Worksheet sheet = workbook.newWorksheet(sheetName(table.caption()));
        for (int c = 0; c < table.headers().size(); c++) {
            xlsxText(sheet, 0, c, table.headers().get(c));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<TableCell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                TableCell cell = row.get(c);
                if (cell instanceof TableCell.Text t) {
                    xlsxText(sheet, r + 1, c, t.value());
                } else if (cell instanceof TableCell.Number n) {
                    sheet.value(r + 1, c, plain(n.value()));
                }
            }
        }
        workbook.finish();
    }

    private static void xlsxText(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, text);
        if (FormulaGuard.risky(text)) {
            sheet.style(row, column).format("@").set();
        }
    }

    private static void ods(DownloadTable table, OutputStream out) throws IOException {
        Sheet sheet = new Sheet(sheetName(table.caption()), table.rows().size() + 1, table.headers().size());
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.getRange(0, c).setValue(table.headers().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<TableCell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Range range = sheet.getRange(r + 1, c);
                TableCell cell = row.get(c);
                if (cell instanceof TableCell.Text t) {
                    range.setValue(t.value());
                } else if (cell instanceof TableCell.Number n) {
                    range.setValue(plain(n.value()));
                }
            }
        }
        SpreadSheet spreadsheet = new SpreadSheet();
        spreadsheet.appendSheet(sheet);
        ByteArrayOutputStream sods = new ByteArrayOutputStream();
        spreadsheet.save(sods);
        repackage(sods.toByteArray(), out);
    }

    /**
     * SODS puts the manifest before "mimetype"; OpenDocument (part 3, §3.3) wants "mimetype" as the first
     * entry, stored uncompressed, so that tools can recognise the file from its first bytes. The other
     * entries are copied unchanged.
     */
    private static void repackage(byte[] ods, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        byte[] mimetype = DownloadFormat.ODS.contentType().getBytes(StandardCharsets.US_ASCII);
        entries.remove("mimetype");
        ZipOutputStream zip = new ZipOutputStream(out);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            zip.putNextEntry(new ZipEntry(entry.getKey()));
            zip.write(entry.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules, which LibreOffice also keeps). */
    static String sheetName(String caption) {
        String name = caption.replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > 31) {
            name = name.substring(0, 31).strip();
        }
        return name.isEmpty() ? "Table" : name;
    }
}
