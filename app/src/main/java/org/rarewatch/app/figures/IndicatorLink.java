package org.rarewatch.app.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One versioned link between a commitment and an indicator that measures it, with the numeric target the
 * trajectory is projected to (none when the indicator gives context only).
 *
 * @param overallOnly true when only the England all-cancers figure applies (published national figures)
 */
public record IndicatorLink(String commitmentId, String indicator, boolean overallOnly, BigDecimal targetPercent,
                            LocalDate targetDate, String targetLabel, String thresholdId, String note,
                            String sourceUrl, String version) {

    public boolean hasTarget() {
        return targetPercent != null && targetDate != null;
    }

    /** The target as a proportion of 1. */
    public double targetProportion() {
        return targetPercent.doubleValue() / 100;
    }

    /** A stable id for addresses and downloads, e.g. {@code ltp-02-early-nhs-2028-12-31}. */
    public String key() {
        String raw = commitmentId + "-" + indicator + (targetDate == null ? "" : "-" + targetDate);
        return raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
