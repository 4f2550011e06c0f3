package org.rarewatch.app.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Checks and wording shared by the charts, tables and descriptions (UK English, fixed locale). */
final class Estimates {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final String NOT_AVAILABLE = "not available";

    private Estimates() {
    }

    static void check(Double value, Double lower, Double upper) {
        checkProportion(value, "value");
        checkProportion(lower, "lower");
        checkProportion(upper, "upper");
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("an interval needs both limits or neither");
        }
        if (value != null && lower != null && (lower > value || upper < value)) {
            throw new IllegalArgumentException("interval [" + lower + ", " + upper + "] does not contain " + value);
        }
        if (value == null && lower != null) {
            throw new IllegalArgumentException("an interval without a value");
        }
    }

    private static void checkProportion(Double p, String name) {
        if (p != null && !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a proportion in [0, 1]: " + p);
        }
    }

    /** 0.7114 → "71.1%". */
    static String percent(Double p) {
        if (p == null) {
            return NOT_AVAILABLE;
        }
        return oneDecimal().format(p * 100) + "%";
    }

    /** Thresholds and targets are whole or one-decimal percentages: 0.75 → "75%", 0.775 → "77.5%". */
    static String target(double p) {
        DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(p * 100) + "%";
    }

    /** Difference in percentage points, one decimal: 0.14 → "14.0 percentage points". */
    static String points(double difference) {
        return oneDecimal().format(Math.abs(difference) * 100) + " percentage points";
    }

    static String interval(Double lower, Double upper) {
        if (lower == null) {
            return "";
        }
        return percent(lower) + " to " + percent(upper);
    }

    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    static String valueWithInterval(Double value, Double lower, Double upper) {
        if (value == null) {
            return NOT_AVAILABLE;
        }
        return lower == null ? percent(value)
                : percent(value) + " (95% interval " + interval(lower, upper) + ")";
    }

    /** Compares at the precision shown, so "rose" never describes two equal printed figures. */
    static String direction(double from, double to) {
        long a = Math.round(from * 1000);
        long b = Math.round(to * 1000);
        return a < b ? "rose" : a > b ? "fell" : "was unchanged";
    }

    private static DecimalFormat oneDecimal() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK));
    }
}
