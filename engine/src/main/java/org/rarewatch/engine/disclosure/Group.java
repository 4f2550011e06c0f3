package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * The indicator rows that form one table for disclosure control: same protection group (an indicator,
 * or indicators linked because they share counts) and same values of the non-additive dimensions.
 * A cell is one combination of the five dimension values; its counts are numerator and denominator of
 * each indicator in the group.
 */
final class Group {

    private final List<String> indicators = new ArrayList<>();
    private final Map<List<String>, List<IndicatorRow>> cells = new LinkedHashMap<>();

    void add(IndicatorRow row) {
        if (!indicators.contains(row.indicator())) {
            indicators.add(row.indicator());
        }
        cells.computeIfAbsent(dimensions(row), k -> new ArrayList<>()).add(row);
    }

    void protect(TableStructure structure, DisclosurePolicy policy, Map<IndicatorRow, Boolean> suppressed) {
        List<List<String>> keys = new ArrayList<>(cells.keySet());
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        List<BigDecimal[]> counts = new ArrayList<>();
        List<Boolean> national = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        for (List<String> key : keys) {
            index.put(key, counts.size());
            counts.add(measures(cells.get(key)));
            national.add(structure.nationalGeography().equals(key.get(TableStructure.Dimension.GEOGRAPHY.ordinal())));
            hidden.add(false);
        }
        List<int[]> equations = new ArrayList<>();
        for (List<String> key : keys) {
            for (TableStructure.Dimension d : structure.additiveDimensions()) {
                List<String> parts = structure.children(d, key.get(d.ordinal()));
                List<Integer> present = new ArrayList<>();
                for (String part : parts) {
                    List<String> partKey = new ArrayList<>(key);
                    partKey.set(d.ordinal(), part);
                    Integer i = index.get(partKey);
                    if (i != null) {
                        present.add(i);
                    }
                }
                if (present.isEmpty()) {
                    continue;
                }
                int total = index.get(key);
                BigDecimal[] residual = residual(counts.get(total), present.stream().map(counts::get).toList(), key, d);
                if (residual != null) {
                    // the parts do not cover the total (e.g. sex not known, or a part with no row): the gap is an
                    // unpublished cell, unknown to readers, which still must not be worked out when it is small
                    present.add(counts.size());
                    counts.add(residual);
                    national.add(national.get(total) && d != TableStructure.Dimension.GEOGRAPHY);
                    hidden.add(true);
                }
                int[] equation = new int[present.size() + 1];
                equation[0] = total;
                for (int k = 0; k < present.size(); k++) {
                    equation[k + 1] = present.get(k);
                }
                equations.add(equation);
            }
        }
        int n = counts.size();
        boolean[] nationalArray = new boolean[n];
        boolean[] hiddenArray = new boolean[n];
        for (int i = 0; i < n; i++) {
            nationalArray[i] = national.get(i);
            hiddenArray[i] = hidden.get(i);
        }
        int[] state = SecondarySuppression.run(
                new SuppressionModel(counts.toArray(new BigDecimal[0][]), nationalArray, hiddenArray, equations), policy);
        for (List<String> key : keys) {
            int s = state[index.get(key)];
            boolean isSuppressed = s == SecondarySuppression.PRIMARY || s == SecondarySuppression.SECONDARY;
            for (IndicatorRow row : cells.get(key)) {
                suppressed.put(row, isSuppressed);
            }
        }
    }

    /** Numerator and denominator of each indicator of the group, null where absent. */
    private BigDecimal[] measures(List<IndicatorRow> rows) {
        BigDecimal[] m = new BigDecimal[indicators.size() * 2];
        for (IndicatorRow row : rows) {
            int at = indicators.indexOf(row.indicator()) * 2;
            m[at] = row.numerator();
            m[at + 1] = row.denominator();
        }
        return m;
    }

    /** total minus the parts, per measure; null when every measure adds up (or cannot be checked). */
    private static BigDecimal[] residual(BigDecimal[] total, List<BigDecimal[]> parts, List<String> key,
                                         TableStructure.Dimension d) {
        BigDecimal[] gap = new BigDecimal[total.length];
        boolean any = false;
        for (int m = 0; m < total.length; m++) {
            if (total[m] == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (BigDecimal[] part : parts) {
                if (part[m] == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(part[m]);
            }
            if (!complete) {
                continue;
            }
            BigDecimal difference = total[m].subtract(sum);
            if (difference.signum() < 0) {
                throw new IllegalArgumentException("the " + d.name().toLowerCase() + " parts of " + key
                        + " add up to " + sum.toPlainString() + ", more than the total " + total[m].toPlainString());
            }
            gap[m] = difference;
            any |= difference.signum() > 0;
        }
        return any ? gap : null;
    }

    private static List<String> dimensions(IndicatorRow row) {
        List<String> key = new ArrayList<>();
        for (TableStructure.Dimension d : TableStructure.Dimension.values()) {
            key.add(d.of(row));
        }
        return key;
    }
}
