package org.rarewatch.engine.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One tidy indicator value, as every Rarewatch output writes it: what was measured (indicator id,
 * definition version, method), for whom (cancer group, geography, period, sex, age band), the exact
 * counts, the value with its 95% interval, reliability/disclosure flags and the data source.
 *
 * <p>Periods are ISO-style: {@code 2024}, {@code 2024-10}, {@code 2024-Q3}, {@code FY2024-25}.
 * Numerator and denominator are exact decimals because waiting-times counts carry halves; value and
 * limits are null when the method gives none (e.g. a denominator of 0).
 */
public record IndicatorRow(
        String indicator,
        String definitionVersion,
        String cancerGroup,
        String geography,
        String period,
        String sex,
        String ageBand,
        BigDecimal numerator,
        BigDecimal denominator,
        Double value,
        Double lower95,
        Double upper95,
        String method,
        List<String> flags,
        String source) {

    public static final String ENGLAND = "England";
    public static final String ALL = "all";

    public static final List<String> COLUMNS = List.of("indicator", "definition_version", "cancer_group", "geography",
            "period", "sex", "age_band", "numerator", "denominator", "value", "lower95", "upper95", "method", "flags",
            "source");

    public IndicatorRow {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(definitionVersion, "definitionVersion");
        Objects.requireNonNull(method, "method");
        flags = flags == null ? List.of() : List.copyOf(flags);
        source = source == null ? "" : source;
    }
}
