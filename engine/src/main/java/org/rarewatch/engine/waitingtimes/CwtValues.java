package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parsing of the cell values shared by the CWT-CRS extracts; each returns null after reporting a problem. */
final class CwtValues {

    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    private CwtValues() {
    }

    /** {@code PERIOD}: the first day of the month, as an ISO date (CSV) or an Excel date serial (XLSX). */
    static YearMonth period(String text, long line, String column, ProblemList problems) {
        LocalDate date = null;
        if (text.length() >= 10 && text.charAt(4) == '-') {
            try {
                date = LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        } else {
            date = TabularFile.excelDate(text).orElse(null);
        }
        if (date == null) {
            problems.add(line, column, text, "not a date: expected the first day of a month, e.g. 2023-10-01");
            return null;
        }
        if (date.getDayOfMonth() != 1) {
            problems.add(line, column, text, "not the first day of a month");
            return null;
        }
        return YearMonth.from(date);
    }

    /** {@code MONTH} ({@code OCT}) and {@code YEAR} ({@code 2023/24}) must agree with PERIOD. */
    static void checkMonthAndYear(YearMonth month, String monthText, String yearText, long line,
                                  String monthColumn, String yearColumn, ProblemList problems) {
        String expectedMonth = MONTHS[month.getMonthValue() - 1];
        if (!expectedMonth.equalsIgnoreCase(monthText)) {
            problems.add(line, monthColumn, monthText, "does not match PERIOD " + month + " (expected " + expectedMonth + ")");
        }
        String expectedYear = financialYear(month);
        if (!expectedYear.equals(yearText)) {
            problems.add(line, yearColumn, yearText, "does not match PERIOD " + month + " (expected " + expectedYear + ")");
        }
    }

    /** {@code 2023/24} for any month April 2023 to March 2024. */
    static String financialYear(YearMonth month) {
        int start = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        int next = (start + 1) % 100;
        return start + (next < 10 ? "/0" : "/") + next;
    }

    static BigDecimal count(String text, long line, String column, ProblemList problems) {
        if (text.isEmpty()) {
            problems.add(line, column, text, "count is missing");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(line, column, text, "not a number");
            return null;
        }
        if (value.signum() < 0) {
            problems.add(line, column, text, "a count cannot be negative");
            return null;
        }
        return value;
    }

    /** WITHIN + BREACHES must equal TOTAL exactly (halves included). */
    static boolean checkSum(BigDecimal total, BigDecimal within, BigDecimal breaches, long line,
                            String totalColumn, String withinColumn, String breachesColumn, ProblemList problems) {
        if (total == null || within == null || breaches == null) {
            return false;
        }
        if (within.add(breaches).compareTo(total) != 0) {
            problems.add(line, totalColumn, total.toPlainString(), withinColumn + " (" + within.toPlainString() + ") + "
                    + breachesColumn + " (" + breaches.toPlainString() + ") does not equal " + totalColumn);
            return false;
        }
        return true;
    }
}
