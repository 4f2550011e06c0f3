package org.rarewatch.engine.waitingtimes;

import java.util.Locale;
import java.util.Optional;

/** The three cancer waiting-times standards in force since October 2023, as the CWT-CRS extracts name them. */
public enum Standard {
    FDS_28D("28-day FDS", "cwt_fds_28d", "28D_FDS", "28-day Faster Diagnosis Standard"),
    COMBINED_31D("31-day Combined", "cwt_31d_combined", "31D_COMBINED", "31-day combined standard"),
    COMBINED_62D("62-day Combined", "cwt_62d_combined", "62D_COMBINED", "62-day combined standard");

    private final String label;
    private final String indicatorId;
    private final String seriesCode;
    private final String title;

    Standard(String label, String indicatorId, String seriesCode, String title) {
        this.label = label;
        this.indicatorId = indicatorId;
        this.seriesCode = seriesCode;
        this.title = title;
    }

    /** As in the {@code STANDARD} column, e.g. {@code 28-day FDS}. */
    public String label() {
        return label;
    }

    /** The Rarewatch indicator id, also the {@code standard_id} of the thresholds table. */
    public String indicatorId() {
        return indicatorId;
    }

    /** The {@code SERIES} code of the tidy national time series. */
    public String seriesCode() {
        return seriesCode;
    }

    public String title() {
        return title;
    }

    public static Optional<Standard> fromLabel(String label) {
        String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        for (Standard s : values()) {
            if (s.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static Optional<Standard> fromSeriesCode(String code) {
        for (Standard s : values()) {
            if (s.seriesCode.equals(code == null ? "" : code.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static Optional<Standard> fromIndicatorId(String id) {
        for (Standard s : values()) {
            if (s.indicatorId.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
