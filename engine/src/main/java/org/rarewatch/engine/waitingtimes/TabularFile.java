package org.rarewatch.engine.waitingtimes;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/**
 * Streams the rows of one sheet of an XLSX workbook or of a CSV file as text cells, with the line
 * (CSV) or row number (XLSX) a person would look for. XLSX is read with fastexcel-reader, which
 * streams the sheet XML and ignores the stored sheet dimension (some NHS England files wrongly
 * state {@code A1:A1}). Numbers come back as their stored text ({@code 24371.5}); Excel dates as serial
 * day numbers, which {@link #excelDate} converts.
 */
final class TabularFile {

    /** Receives every row after the header; cells are never null (missing cells are ""). */
    interface RowHandler {
        void row(long line, String[] cells);
    }

    /** Receives the header; returns the number of cells to read per row, or throws to reject the file. */
    interface HeaderHandler {
        int header(List<String> header);
    }

    private final Path path;
    private final String name;

    TabularFile(Path path) {
        this.path = path;
        this.name = path.toString();
    }

    String name() {
        return name;
    }

    /** Whether the file starts with a zip signature (an XLSX workbook). */
    boolean isWorkbook() {
        byte[] start = new byte[8];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(start, 0, start.length);
            if (n == start.length && ReadableWorkbook.isOLE2Header(start)) {
                throw new InvalidInputException(InputProblem.ofFile(name,
                        "is an old binary Excel (.xls) workbook: save it as .xlsx or CSV"));
            }
            return n >= 4 && ReadableWorkbook.isOOXMLZipHeader(start);
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    /** Sheet names of a workbook, in order. */
    List<String> sheetNames() {
        try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile())) {
            return workbook.getSheets().map(Sheet::getName).collect(Collectors.toList());
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "is not a readable XLSX workbook: " + message(e)));
        }
    }

    void readSheet(String sheetName, HeaderHandler onHeader, RowHandler onRow) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile())) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                int width = -1;
                while (it.hasNext()) {
                    Row row = it.next();
                    if (width < 0) {
                        List<String> header = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            header.add(text(row, i));
                        }
                        width = onHeader.header(header);
                        continue;
                    }
                    String[] cells = new String[width];
                    boolean blank = true;
                    for (int i = 0; i < width; i++) {
                        cells[i] = text(row, i);
                        blank &= cells[i].isEmpty();
                    }
                    if (!blank) {
                        onRow.row(row.getRowNum(), cells);
                    }
                }
                if (width < 0) {
                    throw new InvalidInputException(InputProblem.ofFile(name, "sheet '" + sheetName
                            + "' is empty: expected a header row"));
                }
            }
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "is not a readable XLSX workbook: " + message(e)));
        }
    }

    void readCsv(HeaderHandler onHeader, RowHandler onRow) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .detectBomHeader(true)
                .ofCsvRecord(new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16))) {
            int width = -1;
            for (CsvRecord record : csv) {
                if (width < 0) {
                    width = onHeader.header(record.getFields());
                    continue;
                }
                String[] cells = new String[width];
                int n = Math.min(width, record.getFieldCount());
                for (int i = 0; i < width; i++) {
                    cells[i] = i < n ? record.getField(i) : "";
                }
                onRow.row(record.getStartingLineNumber(), cells);
            }
            if (width < 0) {
                throw new InvalidInputException(InputProblem.ofFile(name, "the file is empty: expected a header row"));
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new InvalidInputException(InputProblem.ofFile(name, cause instanceof CharacterCodingException
                    ? "is neither an XLSX workbook nor a UTF-8 CSV file"
                    : "cannot be read: " + cause.getMessage()));
        } catch (CsvParseException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "is not valid CSV: " + e.getMessage()));
        }
    }

    private static String text(Row row, int i) {
        if (i >= row.getCellCount()) {
            return "";
        }
        Cell cell = row.getCell(i);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.getRawValue();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /** Excel serial day number (1900 date system) to a date; empty when the text is not a serial number. */
    static Optional<LocalDate> excelDate(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            return Optional.empty();
        }
        try {
            double serial = Double.parseDouble(text);
            if (serial != Math.floor(serial) || serial < 1 || serial > 2_958_465) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(1899, 12, 30).plusDays((long) serial));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String message(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
