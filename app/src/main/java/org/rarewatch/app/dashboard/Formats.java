package org.rarewatch.app.dashboard;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as pages print them (UK English): counts with separators, shares as percentages to one decimal. */
final class Formats {
    private Formats() {
    }

    static String count(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** A share of 1 as a percentage: 0.7114 → "71.1%"; null → "". */
    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.UK, "%.1f%%", share * 100);
    }

    static String interval(Double lower, Double upper) {
        return lower == null || upper == null ? "" : percent(lower) + " to " + percent(upper);
    }

    /** A difference of shares in percentage points, signed: -0.052 → "-5.2 points". */
    static String points(Double difference) {
        return difference == null ? "" : String.format(Locale.UK, "%+.1f points", difference * 100);
    }

    static BigDecimal percentNumber(Double share) {
        return share == null ? null : BigDecimal.valueOf(share * 100);
    }
}
