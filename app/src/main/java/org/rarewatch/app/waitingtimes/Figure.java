package org.rarewatch.app.waitingtimes;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.rarewatch.engine.indicator.IndicatorRow;

/** One indicator value as a page shows it: counts with thousands separators, percentages to one decimal. */
public record Figure(String period, String cancerGroup, String within, String total, String percent, String interval,
                     String threshold, Status status) {

    public enum Status {
        MEETS("Meets the standard", "nhsuk-tag nhsuk-tag--green"),
        BELOW("Below the standard", "nhsuk-tag nhsuk-tag--red"),
        NO_STANDARD("No operational standard in force", "nhsuk-tag nhsuk-tag--grey"),
        NO_DATA("No patients", "nhsuk-tag nhsuk-tag--grey");

        private final String label;
        private final String css;

        Status(String label, String css) {
            this.label = label;
            this.css = css;
        }

        public String label() {
            return label;
        }

        public String css() {
            return css;
        }
    }

    static Figure of(IndicatorRow row, java.util.function.Function<String, String> thresholdLabel) {
        String thresholdId = row.flags().stream().filter(f -> f.startsWith("threshold:")).map(f -> f.substring(10))
                .findFirst().orElse(null);
        Status status = row.value() == null ? Status.NO_DATA
                : row.flags().contains("below_threshold") ? Status.BELOW
                : row.flags().contains("meets_threshold") ? Status.MEETS : Status.NO_STANDARD;
        return new Figure(row.period(), row.cancerGroup(), count(row.numerator()), count(row.denominator()),
                percent(row.value()), row.value() == null ? "" : percent(row.lower95()) + " to " + percent(row.upper95()),
                thresholdId == null ? "none" : thresholdLabel.apply(thresholdId), status);
    }

    static String count(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    static String percent(Double value) {
        return value == null ? "" : String.format(Locale.UK, "%.1f%%", value);
    }
}
