package org.rarewatch.app.published;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.ReferenceTable;

/**
 * Reads and checks a published-figures CSV file (format in {@code docs/data.md}): every problem is
 * collected, and the file is rejected whole when there is any.
 */
final class PublishedFigureFile {

    static final List<String> REQUIRED = List.of("indicator", "cancer_group", "geography", "period", "value", "unit",
            "source_title", "source_url", "publication_date");
    static final List<String> COLUMNS = List.of("indicator", "cancer_group", "geography", "period", "value", "unit",
            "numerator", "denominator", "lower95", "upper95", "source_title", "source_url", "publication_date", "note");
    static final Set<String> UNITS = Set.of("%", "count", "rate per 100,000");
    /** At most this many problems are listed; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    private static final Pattern INDICATOR = Pattern.compile("[a-z0-9_]+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("FY(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})-(\\d{4})");

    private PublishedFigureFile() {
    }

    /** One valid data row, with its line number in the file. */
    record Row(long line, String indicator, String cancerGroup, String geography, String period, BigDecimal value,
               String unit, BigDecimal numerator, BigDecimal denominator, BigDecimal lower95, BigDecimal upper95,
               String sourceTitle, String sourceUrl, String publicationDate, String note) {

        String key() {
            return String.join("\u0000", indicator, cancerGroup, geography, period);
        }
    }

    /**
     * @param name    the file as the user named it, for problem lines
     * @param content the file's bytes (UTF-8, byte-order mark tolerated)
     * @throws InvalidInputException listing every problem (up to {@value #MAX_PROBLEMS}, then a count of the rest)
     */
    static List<Row> read(String name, byte[] content) {
        ReferenceTable table;
        try {
            table = ReferenceTable.read(name, new ByteArrayInputStream(content), REQUIRED);
        } catch (InvalidInputException e) {
            throw capped(name, e.problems());
        }
        List<InputProblem> problems = new ArrayList<>();
        for (String column : table.header()) {
            if (!COLUMNS.contains(column)) {
                problems.add(new InputProblem(name, 1, column, "", "unknown column: expected " + String.join(",", COLUMNS)));
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (ReferenceTable.Row r : table.rows()) {
            Row row = new RowCheck(r, problems).row();
            if (row == null) {
                continue;
            }
            Long earlier = firstLine.putIfAbsent(row.key(), row.line());
            if (earlier != null) {
                problems.add(r.problem("period", "duplicate figure: same indicator, cancer_group, geography and period "
                        + "as line " + earlier));
                continue;
            }
            rows.add(row);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(InputProblem.ofFile(name, "has no data rows"));
        }
        if (!problems.isEmpty()) {
            throw capped(name, problems);
        }
        return rows;
    }

    private static InvalidInputException capped(String name, List<InputProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return new InvalidInputException(problems);
        }
        List<InputProblem> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        shown.add(InputProblem.ofFile(name, (problems.size() - MAX_PROBLEMS) + " more problem(s) not listed"));
        return new InvalidInputException(shown);
    }

    /** Checks one row's values, adding a problem for each bad one. */
    private static final class RowCheck {

        private final ReferenceTable.Row row;
        private final List<InputProblem> problems;
        private final int before;

        RowCheck(ReferenceTable.Row row, List<InputProblem> problems) {
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        /** The checked row, or null when it has problems. */
        Row row() {
            String indicator = text("indicator");
            if (!indicator.isEmpty() && !INDICATOR.matcher(indicator).matches()) {
                problem("indicator", "must be a lower-case id of letters, digits and _");
            }
            String cancerGroup = text("cancer_group");
            String geography = text("geography");
            String period = text("period");
            if (!period.isEmpty() && !validPeriod(period)) {
                problem("period", "must be YYYY, YYYY-MM, YYYY-Qn, FYYYYY-YY (e.g. FY2019-20) or a cohort range "
                        + "YYYY-YYYY");
            }
            String unit = text("unit");
            if (!unit.isEmpty() && !UNITS.contains(unit)) {
                problem("unit", "must be %, count or rate per 100,000");
            }
            BigDecimal value = decimal("value", DECIMAL, true);
            if (value != null && unit.equals("%")
                    && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problem("value", "a percentage must be between 0 and 100");
            }
            BigDecimal numerator = decimal("numerator", NON_NEGATIVE, false);
            BigDecimal denominator = decimal("denominator", NON_NEGATIVE, false);
            BigDecimal lower = decimal("lower95", DECIMAL, false);
            BigDecimal upper = decimal("upper95", DECIMAL, false);
            checkInterval(value, lower, upper);
            String title = text("source_title");
            String url = text("source_url");
            if (!url.isEmpty() && !webAddress(url)) {
                problem("source_url", "must be an http or https address");
            }
            String published = text("publication_date");
            if (!published.isEmpty() && !validPublicationDate(published)) {
                problem("publication_date", "must be YYYY-MM-DD, YYYY-MM or YYYY");
            }
            String note = optional("note");
            if (problems.size() > before) {
                return null;
            }
            return new Row(row.line(), indicator, cancerGroup, geography, period, value, unit, numerator, denominator,
                    lower, upper, title, url, published, note.isEmpty() ? null : note);
        }

        private void checkInterval(BigDecimal value, BigDecimal lower, BigDecimal upper) {
            boolean lowerGiven = !optional("lower95").isEmpty();
            boolean upperGiven = !optional("upper95").isEmpty();
            if (lowerGiven != upperGiven) {
                problem(lowerGiven ? "upper95" : "lower95", "give both lower95 and upper95, or neither");
                return;
            }
            if (value == null || lower == null || upper == null) {
                return;
            }
            if (lower.compareTo(value) > 0) {
                problem("lower95", "is above the value " + value.toPlainString());
            }
            if (upper.compareTo(value) < 0) {
                problem("upper95", "is below the value " + value.toPlainString());
            }
        }

        /** A required text column. */
        private String text(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                problem(column, "is required");
            }
            return value;
        }

        private String optional(String column) {
            return row.fields().getOrDefault(column, "").strip();
        }

        private BigDecimal decimal(String column, Pattern format, boolean required) {
            String text = required ? text(column) : optional(column);
            if (text.isEmpty()) {
                return null;
            }
            if (!format.matcher(text).matches()) {
                problem(column, format == NON_NEGATIVE ? "must be a non-negative decimal number (e.g. 1234 or 12.5)"
                        : "must be a decimal number (e.g. 54.5)");
                return null;
            }
            return new BigDecimal(text);
        }

        private void problem(String column, String reason) {
            problems.add(row.problem(column, reason));
        }
    }

    static boolean validPeriod(String period) {
        if (YEAR.matcher(period).matches() || MONTH.matcher(period).matches() || QUARTER.matcher(period).matches()) {
            return true;
        }
        Matcher fy = FINANCIAL_YEAR.matcher(period);
        if (fy.matches()) {
            return (Integer.parseInt(fy.group(1)) + 1) % 100 == Integer.parseInt(fy.group(2));
        }
        Matcher range = RANGE.matcher(period);
        return range.matches() && Integer.parseInt(range.group(1)) < Integer.parseInt(range.group(2));
    }

    static boolean validPublicationDate(String date) {
        try {
            switch (date.length()) {
                case 4 -> {
                    return YEAR.matcher(date).matches();
                }
                case 7 -> YearMonth.parse(date);
                case 10 -> LocalDate.parse(date);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase())
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
