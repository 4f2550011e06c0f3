package org.rarewatch.engine.trajectory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A year ("2019") or a calendar month ("2023-10"), placed in time at its middle, in decimal years. */
record Period(Cadence cadence, int year, int month) implements Comparable<Period> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    static Period parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a period is a year \"2019\" or a month \"2023-10\", got " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Period(Cadence.ANNUAL, year, 0);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a period's month must be 01 to 12, got " + text);
        }
        return new Period(Cadence.MONTHLY, year, month);
    }

    /** The period of the given cadence that contains {@code date}. */
    static Period containing(LocalDate date, Cadence cadence) {
        return cadence == Cadence.ANNUAL ? new Period(cadence, date.getYear(), 0)
                : new Period(cadence, date.getYear(), date.getMonthValue());
    }

    /** Mid-year (2019.5) or mid-month (year + (month - 0.5) / 12), in decimal years. */
    double time() {
        return cadence == Cadence.ANNUAL ? year + 0.5 : year + (month - 0.5) / 12;
    }

    /** The middle of the month counted in months from year 0 (year &times; 12 + month - 0.5). */
    double months() {
        return year * 12.0 + month - 0.5;
    }

    LocalDate start() {
        return cadence == Cadence.ANNUAL ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
    }

    LocalDate end() {
        return cadence == Cadence.ANNUAL ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    Period next() {
        if (cadence == Cadence.ANNUAL) {
            return new Period(cadence, year + 1, 0);
        }
        return month == 12 ? new Period(cadence, year + 1, 1) : new Period(cadence, year, month + 1);
    }

    /** The middle of the day, in decimal years: year + (day of year - 0.5) / days in the year. */
    static double time(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 0.5) / date.lengthOfYear();
    }

    @Override
    public int compareTo(Period other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return cadence == Cadence.ANNUAL ? Integer.toString(year) : String.format("%04d-%02d", year, month);
    }
}
