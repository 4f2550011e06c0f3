package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/**
 * Reads a CWT-CRS ICB sub-location (commissioner) extract, XLSX (sheet {@value #SHEET}) or CSV:
 * {@code PERIOD, YEAR, MONTH, STANDARD, ICB SUB LOCATION, SUB-CATEGORY, TOTAL, WITHIN STANDARD, BREACHES}.
 */
public final class IcbExtractReader {

    public static final String SHEET = ProviderExtractReader.ICB_SHEET;
    static final List<String> COLUMNS = List.of("PERIOD", "YEAR", "MONTH", "STANDARD", "ICB SUB LOCATION",
            "SUB-CATEGORY", "TOTAL", "WITHIN STANDARD", "BREACHES");
    static final Set<String> SUB_CATEGORIES = Set.of("", "31-day (First)", "31-day Sub (Anti-cancer drug regimen)",
            "31-day Sub (Other)", "31-day Sub (Radiotherapy)", "31-day Sub (Surgery)", "62-day (Breast Symptomatic)",
            "62-day (Consultant Upgrade)", "62-day (Screening)", "62-day (Urgent Suspected Cancer)");
    private static final String KIND = "CWT-CRS ICB sub-location extract";

    private IcbExtractReader() {
    }

    public static List<IcbRecord> readAll(Path file) {
        List<IcbRecord> records = new ArrayList<>();
        read(file, records::add);
        return records;
    }

    /** Reads every row, passing the valid ones to {@code sink}; throws at the end if any row was invalid. */
    public static long read(Path file, Consumer<IcbRecord> sink) {
        long[] rows = {0};
        readRows(file, r -> {
            rows[0]++;
            sink.accept(r);
        });
        return rows[0];
    }

    private static void readRows(Path file, Consumer<IcbRecord> sink) {
        TabularFile table = new TabularFile(file);
        ProblemList problems = new ProblemList(table.name());
        CwtColumns[] columns = new CwtColumns[1];
        TabularFile.HeaderHandler header = h -> {
            columns[0] = CwtColumns.locate(table.name(), KIND, h, COLUMNS,
                    Map.of("ORG CODE", "a CWT-CRS provider extract"));
            return columns[0].width();
        };
        TabularFile.RowHandler row = (line, cells) -> {
            CwtColumns c = columns[0];
            YearMonth month = CwtValues.period(c.get(cells, 0), line, "PERIOD", problems);
            if (month != null) {
                CwtValues.checkMonthAndYear(month, c.get(cells, 2), c.get(cells, 1), line, "MONTH", "YEAR", problems);
            }
            Standard standard = Standard.fromLabel(c.get(cells, 3)).orElse(null);
            if (standard == null) {
                problems.add(line, "STANDARD", c.get(cells, 3), "unknown standard");
            }
            String subIcb = c.get(cells, 4);
            if (subIcb.isEmpty()) {
                problems.add(line, "ICB SUB LOCATION", subIcb, "sub-ICB location code is missing");
            }
            String subCategory = c.get(cells, 5);
            if (!SUB_CATEGORIES.contains(subCategory)) {
                problems.add(line, "SUB-CATEGORY", subCategory, "unknown sub-category");
            }
            BigDecimal total = CwtValues.count(c.get(cells, 6), line, "TOTAL", problems);
            BigDecimal within = CwtValues.count(c.get(cells, 7), line, "WITHIN STANDARD", problems);
            BigDecimal breaches = CwtValues.count(c.get(cells, 8), line, "BREACHES", problems);
            CwtValues.checkSum(total, within, breaches, line, "TOTAL", "WITHIN STANDARD", "BREACHES", problems);
            if (problems.isEmpty()) {
                sink.accept(new IcbRecord(month, standard, subIcb, subCategory, total, within, breaches));
            }
        };
        if (table.isWorkbook()) {
            List<String> sheets = table.sheetNames();
            if (!sheets.contains(SHEET)) {
                throw new InvalidInputException(InputProblem.ofFile(table.name(), "not a " + KIND + ": no sheet named '"
                        + SHEET + "' (sheets: " + String.join(", ", sheets) + ")"));
            }
            table.readSheet(SHEET, header, row);
        } else {
            table.readCsv(header, row);
        }
        problems.throwIfAny();
    }
}
