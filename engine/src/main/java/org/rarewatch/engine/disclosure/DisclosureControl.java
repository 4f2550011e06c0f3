package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * Applies a {@link DisclosurePolicy} to everything the engine publishes: primary suppression of small
 * sub-national counts, secondary suppression so that no suppressed cell can be worked out from the
 * totals ({@link SecondarySuppression}, verified by {@link LinearDisclosureAudit}), rounding of the
 * other sub-national counts, and reliability flags. Works on a generic {@link CountTable} and on
 * {@link IndicatorRow}s described by a {@link TableStructure}.
 */
public final class DisclosureControl {

    private final DisclosurePolicy policy;

    public DisclosureControl(DisclosurePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /** {@link #applyTo} with the default policy {@code rarewatch-sdc-1}. */
    public static List<IndicatorRow> apply(List<IndicatorRow> rows, TableStructure structure) {
        return new DisclosureControl(DisclosurePolicy.DEFAULT).applyTo(rows, structure);
    }

    /** Protects a generic table of counts. */
    public ProtectedTable protect(CountTable table) {
        int[] state = SecondarySuppression.run(table.model(), policy);
        List<ProtectedTable.Cell> cells = new ArrayList<>();
        for (int i = 0; i < table.cells().size(); i++) {
            CountTable.Cell cell = table.cells().get(i);
            if (state[i] == SecondarySuppression.PRIMARY || state[i] == SecondarySuppression.SECONDARY) {
                cells.add(new ProtectedTable.Cell(cell.key(), null, ProtectedTable.Status.SUPPRESSED,
                        state[i] == SecondarySuppression.PRIMARY ? ProtectedTable.Reason.PRIMARY
                                : ProtectedTable.Reason.SECONDARY));
            } else if (policy.treat(cell.count(), cell.national()) == DisclosurePolicy.Treatment.EXACT) {
                cells.add(new ProtectedTable.Cell(cell.key(), cell.count(), ProtectedTable.Status.EXACT,
                        ProtectedTable.Reason.NONE));
            } else {
                cells.add(new ProtectedTable.Cell(cell.key(), policy.round(cell.count()), ProtectedTable.Status.ROUNDED,
                        ProtectedTable.Reason.NONE));
            }
        }
        return new ProtectedTable(policy.name(), cells);
    }

    /**
     * Protects indicator rows. Suppressed rows lose numerator, denominator, value and limits and are
     * flagged {@code suppressed}; other sub-national rows get their counts rounded and are flagged
     * {@code rounded} (value and limits stay as computed from the exact counts); national rows are exact.
     * Every row gets the policy flag, and {@code low_count} / {@code low_completeness} where they apply
     * (never on a suppressed row, where they would tell primary from secondary suppression).
     *
     * @return the rows in input order
     * @throws IllegalArgumentException for a negative count, a cell given twice, or parts adding up to
     *                                  more than their declared total
     */
    public List<IndicatorRow> applyTo(List<IndicatorRow> rows, TableStructure structure) {
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        Map<CellKey, IndicatorRow> byIndicatorAndCell = new HashMap<>();
        for (IndicatorRow row : rows) {
            requireCount(row, row.numerator(), "numerator");
            requireCount(row, row.denominator(), "denominator");
            CellKey cellKey = CellKey.of(row.indicator(), row);
            if (byIndicatorAndCell.put(cellKey, row) != null) {
                throw new IllegalArgumentException("indicator " + row.indicator() + " has two rows for " + describe(row));
            }
            if (row.numerator() == null && row.denominator() == null) {
                continue;
            }
            List<String> byValues = new ArrayList<>();
            for (TableStructure.Dimension d : TableStructure.Dimension.values()) {
                if (!structure.additiveDimensions().contains(d)) {
                    byValues.add(d.of(row));
                }
            }
            groups.computeIfAbsent(new GroupKey(structure.tableOf(row.indicator()), byValues), k -> new Group())
                    .add(row);
        }
        Map<IndicatorRow, Boolean> suppressed = new HashMap<>();
        for (Group group : groups.values()) {
            group.protect(structure, policy, suppressed);
        }
        List<IndicatorRow> out = new ArrayList<>(rows.size());
        for (IndicatorRow row : rows) {
            out.add(publish(row, structure, suppressed.getOrDefault(row, false), byIndicatorAndCell));
        }
        return out;
    }

    private IndicatorRow publish(IndicatorRow row, TableStructure structure, boolean isSuppressed,
                                 Map<CellKey, IndicatorRow> byIndicatorAndCell) {
        List<String> flags = new ArrayList<>(row.flags());
        if (isSuppressed) {
            flags.add(ReliabilityFlags.SUPPRESSED);
            flags.add(policy.flag());
            return new IndicatorRow(row.indicator(), row.definitionVersion(), row.cancerGroup(), row.geography(),
                    row.period(), row.sex(), row.ageBand(), null, null, null, null, null, row.method(), flags,
                    row.source());
        }
        boolean national = structure.nationalGeography().equals(row.geography());
        BigDecimal numerator = row.numerator();
        BigDecimal denominator = row.denominator();
        if (!national && (numerator != null || denominator != null)) {
            numerator = numerator == null ? null : policy.round(numerator);
            denominator = denominator == null ? null : policy.round(denominator);
            flags.add(ReliabilityFlags.ROUNDED);
        }
        if (policy.isLowCount(row.numerator())) {
            flags.add(ReliabilityFlags.LOW_COUNT);
        }
        String completenessIndicator = structure.completenessIndicatorOf(row.indicator());
        if (completenessIndicator != null) {
            IndicatorRow completeness = byIndicatorAndCell.get(CellKey.of(completenessIndicator, row));
            Double share = completeness == null ? null : share(completeness);
            if (share != null && policy.isLowCompleteness(share)) {
                flags.add(ReliabilityFlags.LOW_COMPLETENESS);
            }
        }
        flags.add(policy.flag());
        return new IndicatorRow(row.indicator(), row.definitionVersion(), row.cancerGroup(), row.geography(),
                row.period(), row.sex(), row.ageBand(), numerator, denominator, row.value(), row.lower95(),
                row.upper95(), row.method(), flags, row.source());
    }

    /** Completeness as a share of 1: from the counts when present (scale-free), else the value. */
    private static Double share(IndicatorRow completeness) {
        if (completeness.numerator() != null && completeness.denominator() != null
                && completeness.denominator().signum() > 0) {
            return completeness.numerator().divide(completeness.denominator(), MathContext.DECIMAL64).doubleValue();
        }
        return completeness.value();
    }

    private static void requireCount(IndicatorRow row, BigDecimal count, String what) {
        if (count != null && count.signum() < 0) {
            throw new IllegalArgumentException(what + " " + count.toPlainString() + " is negative in "
                    + row.indicator() + " " + describe(row));
        }
    }

    static String describe(IndicatorRow row) {
        return "(" + row.cancerGroup() + ", " + row.geography() + ", " + row.period() + ", " + row.sex() + ", "
                + row.ageBand() + ")";
    }

    private record GroupKey(String table, List<String> byValues) {
    }

    /** An indicator's row in one cell: the five dimension values. */
    record CellKey(String indicator, String cancerGroup, String geography, String period, String sex, String ageBand) {
        static CellKey of(String indicator, IndicatorRow row) {
            return new CellKey(indicator, row.cancerGroup(), row.geography(), row.period(), row.sex(), row.ageBand());
        }
    }
}
