package org.rarewatch.engine.disclosure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * How {@link IndicatorRow}s add up, so secondary suppression can see every total a reader could use:
 * for each additive dimension, which values are totals of which others (e.g. geography
 * {@code England = regions}, region {@code = its ICBs}; cancer group {@code all = big four + rare and
 * less common}; sex {@code all = male + female}). Dimensions without a hierarchy (typically the period)
 * split the rows into separate tables.
 *
 * <p>Rows of different indicators are separate tables unless {@link Builder#linked linked}: linked
 * indicators share counts (e.g. {@code early_nhs} and {@code early_nhs_completeness}) and so get one
 * suppression pattern. {@link Builder#completeness} names the indicator holding the staging
 * completeness of another, for the {@code low_completeness} flag.
 */
public final class TableStructure {

    /** The dimensions of an {@link IndicatorRow} cell. */
    public enum Dimension {
        CANCER_GROUP(IndicatorRow::cancerGroup),
        GEOGRAPHY(IndicatorRow::geography),
        PERIOD(IndicatorRow::period),
        SEX(IndicatorRow::sex),
        AGE_BAND(IndicatorRow::ageBand);

        private final Function<IndicatorRow, String> getter;

        Dimension(Function<IndicatorRow, String> getter) {
            this.getter = getter;
        }

        public String of(IndicatorRow row) {
            return getter.apply(row);
        }
    }

    private final String nationalGeography;
    private final Map<Dimension, Map<String, List<String>>> hierarchies;
    private final Map<String, String> linkGroup;
    private final Map<String, String> completenessOf;

    private TableStructure(Builder builder) {
        nationalGeography = builder.nationalGeography;
        Map<Dimension, Map<String, List<String>>> copy = new EnumMap<>(Dimension.class);
        builder.hierarchies.forEach((d, h) -> copy.put(d, Map.copyOf(h)));
        hierarchies = copy;
        linkGroup = Map.copyOf(builder.linkGroup);
        completenessOf = Map.copyOf(builder.completenessOf);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No totals declared: every row is protected on its own (primary suppression and rounding only). */
    public static TableStructure flat() {
        return builder().build();
    }

    public String nationalGeography() {
        return nationalGeography;
    }

    /** Children of {@code value} in dimension {@code d}, empty when it is not a declared total. */
    public List<String> children(Dimension d, String value) {
        Map<String, List<String>> h = hierarchies.get(d);
        return h == null || value == null ? List.of() : h.getOrDefault(value, List.of());
    }

    public List<Dimension> additiveDimensions() {
        return new ArrayList<>(hierarchies.keySet());
    }

    /** The name of the protection group of an indicator (itself unless linked). */
    public String tableOf(String indicator) {
        return linkGroup.getOrDefault(indicator, indicator);
    }

    /** The indicator holding the staging completeness of {@code indicator}, or null. */
    public String completenessIndicatorOf(String indicator) {
        return completenessOf.get(indicator);
    }

    public static final class Builder {
        private String nationalGeography = IndicatorRow.ENGLAND;
        private final Map<Dimension, Map<String, List<String>>> hierarchies = new EnumMap<>(Dimension.class);
        private final Map<String, String> linkGroup = new HashMap<>();
        private final Map<String, String> completenessOf = new LinkedHashMap<>();

        /** The geography whose counts are national (default {@code England}). */
        public Builder nationalGeography(String geography) {
            nationalGeography = Objects.requireNonNull(geography);
            return this;
        }

        /** Declares {@code total = sum of parts} in dimension {@code d}; call once per total (nesting allowed). */
        public Builder total(Dimension d, String total, List<String> parts) {
            if (parts.isEmpty() || parts.contains(total)) {
                throw new IllegalArgumentException("total '" + total + "' needs parts other than itself");
            }
            Map<String, List<String>> h = hierarchies.computeIfAbsent(d, k -> new LinkedHashMap<>());
            if (h.put(total, List.copyOf(parts)) != null) {
                throw new IllegalArgumentException(d + " total '" + total + "' declared twice");
            }
            return this;
        }

        /** Indicators that share counts and must share one suppression pattern. */
        public Builder linked(String... indicators) {
            String group = String.join("+", indicators);
            for (String indicator : indicators) {
                if (linkGroup.put(indicator, group) != null) {
                    throw new IllegalArgumentException("indicator '" + indicator + "' linked twice");
                }
            }
            return this;
        }

        /**
         * {@code completenessIndicator}'s rows hold the staging completeness of {@code indicator}'s rows
         * in the same cell (numerator/denominator, or the value as a share of 1).
         */
        public Builder completeness(String indicator, String completenessIndicator) {
            completenessOf.put(indicator, completenessIndicator);
            completenessOf.put(completenessIndicator, completenessIndicator);
            return this;
        }

        public TableStructure build() {
            return new TableStructure(this);
        }
    }
}
