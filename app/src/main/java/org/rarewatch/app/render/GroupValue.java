package org.rarewatch.app.render;

import java.util.Objects;

/**
 * One value of a group comparison: the category it belongs to (e.g. "2022" or "Stage 1–2"), the group
 * (e.g. "Rare and less common", "Big four"), and a proportion in [0, 1] with its 95% interval (null value
 * = not available).
 */
public record GroupValue(String category, String group, Double value, Double lower, Double upper) {
    public GroupValue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
        Estimates.check(value, lower, upper);
    }
}
