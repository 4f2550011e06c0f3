package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.rarewatch.engine.classification.CwtCancerType;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/**
 * Reads an NHS England CWT-CRS provider extract exactly as published: the XLSX workbook (sheet
 * {@value #SHEET}) or its CSV form, 11 columns. Every row is validated; the whole file is read even
 * after a problem so that the error lists every problem found, and nothing is delivered as valid
 * unless the whole file is: callers accumulate into something they discard when this throws.
 */
public final class ProviderExtractReader {

    public static final String SHEET = "CWT CRS Provider Extract";
    static final String ICB_SHEET = "CWT CRS ICB SubLocation Extract";

    static final List<String> COLUMNS = List.of("PERIOD", "YEAR", "MONTH", "STANDARD", "ORG CODE", "STAGE/ROUTE",
            "TREATMENT MODALITY", "CANCER TYPE", "TOTAL TREATED", "WITHIN STANDARD", "BREACHES");
    private static final int PERIOD = 0, YEAR = 1, MONTH = 2, STANDARD = 3, ORG = 4, ROUTE = 5, MODALITY = 6,
            CANCER = 7, TOTAL = 8, WITHIN = 9, BREACHES = 10;

    /** Header names that reveal another known file; checked in this order. */
    static final Map<String, String> FOREIGN_HEADERS = foreignHeaders();

    private static Map<String, String> foreignHeaders() {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("ICB SUB LOCATION", "a CWT-CRS ICB sub-location (commissioner) extract");
        headers.put("SUB-CATEGORY", "a CWT-CRS ICB sub-location (commissioner) extract");
        headers.put("SERIES", "a national time series table");
        return java.util.Collections.unmodifiableMap(headers);
    }

    private static final String KIND = "CWT-CRS provider extract";

    /** What was read: row count and the months covered. */
    public record Summary(String file, long rows, List<YearMonth> months) {
    }

    private ProviderExtractReader() {
    }

    /** Reads every row, passing the valid ones to {@code sink}; throws at the end if any row was invalid. */
    public static Summary read(Path file, Consumer<CwtRecord> sink) {
        TabularFile table = new TabularFile(file);
        RowParser parser = new RowParser(table.name(), sink);
        if (table.isWorkbook()) {
            List<String> sheets = table.sheetNames();
            if (!sheets.contains(SHEET)) {
                String reason = sheets.contains(ICB_SHEET)
                        ? "this is a CWT-CRS ICB sub-location (commissioner) extract (sheet '" + ICB_SHEET
                          + "'), not a " + KIND
                        : "not a " + KIND + ": no sheet named '" + SHEET + "' (sheets: " + String.join(", ", sheets) + ")";
                throw new InvalidInputException(InputProblem.ofFile(table.name(), reason));
            }
            table.readSheet(SHEET, parser::header, parser::row);
        } else {
            table.readCsv(parser::header, parser::row);
        }
        parser.problems.throwIfAny();
        if (parser.rows == 0) {
            throw new InvalidInputException(InputProblem.ofFile(table.name(), "has a header but no data rows"));
        }
        return new Summary(table.name(), parser.rows, new ArrayList<>(parser.months));
    }

    /** Reads a whole file into a list (for tests and small files). */
    public static List<CwtRecord> readAll(Path file) {
        List<CwtRecord> records = new ArrayList<>();
        read(file, records::add);
        return records;
    }

    private static final class RowParser {
        final ProblemList problems;
        final Consumer<CwtRecord> sink;
        final String file;
        final TreeSet<YearMonth> months = new TreeSet<>();
        final Map<String, YearMonth> monthCache = new HashMap<>();
        final Map<String, Optional<CwtCancerType>> typeCache = new HashMap<>();
        // the same few labels repeat on every row: parse each distinct text once
        final Map<String, Optional<Standard>> standardCache = new HashMap<>();
        final Map<String, Optional<Route>> routeCache = new HashMap<>();
        final Map<String, Optional<Modality>> modalityCache = new HashMap<>();
        final Map<String, BigDecimal> countCache = new HashMap<>();
        CwtColumns columns;
        long rows;

        RowParser(String file, Consumer<CwtRecord> sink) {
            this.file = file;
            this.sink = sink;
            this.problems = new ProblemList(file);
        }

        int header(List<String> header) {
            columns = CwtColumns.locate(file, KIND, header, COLUMNS, FOREIGN_HEADERS);
            return columns.width();
        }

        void row(long line, String[] cells) {
            rows++;
            String periodText = columns.get(cells, PERIOD);
            YearMonth month = monthCache.get(periodText);
            if (month == null) {
                month = CwtValues.period(periodText, line, columns.name(PERIOD), problems);
                if (month != null) {
                    CwtValues.checkMonthAndYear(month, columns.get(cells, MONTH), columns.get(cells, YEAR), line,
                            columns.name(MONTH), columns.name(YEAR), problems);
                    monthCache.put(periodText, month);
                }
            } else {
                CwtValues.checkMonthAndYear(month, columns.get(cells, MONTH), columns.get(cells, YEAR), line,
                        columns.name(MONTH), columns.name(YEAR), problems);
            }
            String standardText = columns.get(cells, STANDARD);
            Standard standard = standardCache.computeIfAbsent(standardText, Standard::fromLabel).orElse(null);
            if (standard == null) {
                problems.add(line, columns.name(STANDARD), standardText,
                        "unknown standard: expected 28-day FDS, 31-day Combined or 62-day Combined");
            }
            String org = columns.get(cells, ORG);
            if (org.isEmpty()) {
                problems.add(line, columns.name(ORG), org, "provider code is missing");
            }
            String routeText = columns.get(cells, ROUTE);
            Route route = routeCache.computeIfAbsent(routeText, Route::parse).orElse(null);
            if (route == null || (standard != null && !Route.of(standard).contains(route))) {
                problems.add(line, columns.name(ROUTE), routeText,
                        route == null ? "unknown stage/route" : "this route does not occur with " + standard.label());
                route = null;
            }
            String modalityText = columns.get(cells, MODALITY);
            Modality modality = modalityCache.computeIfAbsent(modalityText, Modality::parse).orElse(null);
            if (modality == null) {
                problems.add(line, columns.name(MODALITY), modalityText, "unknown treatment modality");
            } else if (standard == Standard.FDS_28D && modality != Modality.NONE) {
                problems.add(line, columns.name(MODALITY), modalityText, "FDS rows have no treatment modality");
                modality = null;
            } else if (standard != null && standard != Standard.FDS_28D && modality == Modality.NONE) {
                problems.add(line, columns.name(MODALITY), modalityText,
                        "treatment modality is missing (expected ALL MODALITIES or a modality)");
                modality = null;
            }
            CwtCancerType type = cancerType(line, cells, standard, month, modality);
            BigDecimal total = count(cells, TOTAL, line);
            BigDecimal within = count(cells, WITHIN, line);
            BigDecimal breaches = count(cells, BREACHES, line);
            if (total != null && within != null && breaches != null) {
                CwtValues.checkSum(total, within, breaches, line, columns.name(TOTAL), columns.name(WITHIN),
                        columns.name(BREACHES), problems);
            }
            if (problems.isEmpty()) {
                months.add(month);
                sink.accept(new CwtRecord(month, standard, org, route, modality, type, total, within, breaches));
            }
        }

        /** Small counts repeat endlessly; reuse their parsed value (BigDecimal is immutable). */
        private BigDecimal count(String[] cells, int column, long line) {
            String text = columns.get(cells, column);
            BigDecimal cached = countCache.get(text);
            if (cached != null) {
                return cached;
            }
            BigDecimal value = CwtValues.count(text, line, columns.name(column), problems);
            if (value != null && text.length() <= 6) {
                countCache.put(text, value);
            }
            return value;
        }

        private CwtCancerType cancerType(long line, String[] cells, Standard standard, YearMonth month, Modality modality) {
            String text = columns.get(cells, CANCER);
            if (standard == null || month == null) {
                return null;
            }
            String key = standard.ordinal() + "|" + month + "|" + text;
            Optional<CwtCancerType> found = typeCache.computeIfAbsent(key, k -> CancerTypes.find(standard, month, text));
            if (found.isEmpty()) {
                problems.add(line, columns.name(CANCER), text, "unknown cancer type for " + standard.label() + " in " + month);
                return null;
            }
            CwtCancerType type = found.get();
            if (standard != Standard.FDS_28D && modality != null) {
                boolean allCancers = type == CancerTypes.ALL_CANCERS;
                if (modality == Modality.ALL_MODALITIES && allCancers) {
                    problems.add(line, columns.name(CANCER), text,
                            "ALL MODALITIES rows are broken down by tumour group, not ALL CANCERS");
                } else if (modality != Modality.ALL_MODALITIES && !allCancers) {
                    problems.add(line, columns.name(CANCER), text,
                            "rows for one treatment modality must have cancer type ALL CANCERS");
                }
            }
            return type;
        }
    }
}
