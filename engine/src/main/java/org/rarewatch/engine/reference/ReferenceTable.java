package org.rarewatch.engine.reference;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/**
 * A small versioned reference table read whole from CSV: a header row naming the columns, then one
 * row per entry. Every structural problem (missing column, wrong field count, bad encoding) is
 * reported with file, line and column; parsing of individual values is left to the caller, which
 * reports through {@link Row#problem}.
 */
public final class ReferenceTable {

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private ReferenceTable(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a UTF-8 CSV table and checks it has every required column.
     *
     * @throws InvalidInputException listing every structural problem found
     */
    public static ReferenceTable read(String name, InputStream in, List<String> requiredColumns) {
        List<InputProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> header;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(new InputStreamReader(in, decoder))) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(InputProblem.ofFile(name, "the file is empty: expected a header row"));
            }
            List<String> names = new ArrayList<>(records.next().getFields());
            // a byte-order mark (as written by spreadsheet programs) is not part of the first column name
            names.set(0, names.get(0).replace("\uFEFF", ""));
            header = List.copyOf(names);
            for (String required : requiredColumns) {
                if (!header.contains(required)) {
                    problems.add(new InputProblem(name, 1, required, "", "required column is missing from the header"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (record.getFieldCount() != header.size()) {
                    problems.add(new InputProblem(name, record.getStartingLineNumber(), "",
                            String.join(",", record.getFields()),
                            "expected " + header.size() + " fields but found " + record.getFieldCount()));
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.getField(i));
                }
                rows.add(new Row(name, record.getStartingLineNumber(), fields));
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String reason = cause instanceof CharacterCodingException
                    ? "the file is not valid UTF-8"
                    : "cannot be read: " + cause.getMessage();
            throw new InvalidInputException(InputProblem.ofFile(name, reason));
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "is not valid CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReferenceTable(name, header, List.copyOf(rows));
    }

    /** One data row with its physical line number, for error messages. */
    public record Row(String file, long line, Map<String, String> fields) {

        /** The trimmed value of a column ("" when blank). */
        public String get(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column + " in " + file);
            }
            return value.strip();
        }

        public InputProblem problem(String column, String reason) {
            return new InputProblem(file, line, column, fields.getOrDefault(column, ""), reason);
        }

        public DataQuality.Assessment quality() {
            return DataQuality.assess(fields);
        }
    }
}
