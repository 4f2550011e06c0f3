package org.rarewatch.app.render;

import java.time.LocalDate;
import java.util.Objects;

/** A threshold (proportion in [0, 1]) in force from a date until the next threshold's date. */
public record Threshold(LocalDate from, double threshold) {
    public Threshold {
        Objects.requireNonNull(from, "from");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be a proportion in [0, 1]: " + threshold);
        }
    }
}
