package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A generic table of counts to be published: named cells and the additive equations that hold between
 * them (row, column and hierarchy totals, e.g. {@code England = North East + ... + South West} or
 * {@code all cancers = big four + rare and less common}). Every equation must add up exactly.
 */
public final class CountTable {

    /** One cell; {@code national} cells are published exactly under the default policy. */
    public record Cell(String key, BigDecimal count, boolean national) {
        public Cell {
            Objects.requireNonNull(key, "key");
            DisclosurePolicy.requireCount(count);
        }
    }

    /** total = sum of components. */
    public record Equation(String total, List<String> components) {
        public Equation {
            Objects.requireNonNull(total, "total");
            components = List.copyOf(components);
            if (components.isEmpty()) {
                throw new IllegalArgumentException("equation for " + total + " has no components");
            }
        }
    }

    private final List<Cell> cells;
    private final List<Equation> equations;
    private final Map<String, Integer> index = new HashMap<>();

    public CountTable(List<Cell> cells, List<Equation> equations) {
        this.cells = List.copyOf(cells);
        this.equations = List.copyOf(equations);
        for (int i = 0; i < this.cells.size(); i++) {
            if (index.put(this.cells.get(i).key(), i) != null) {
                throw new IllegalArgumentException("cell '" + this.cells.get(i).key() + "' appears twice");
            }
        }
        for (Equation equation : this.equations) {
            Set<String> seen = new HashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (String component : equation.components()) {
                if (!seen.add(component) || component.equals(equation.total())) {
                    throw new IllegalArgumentException("equation for '" + equation.total() + "' repeats '" + component + "'");
                }
                sum = sum.add(cell(component).count());
            }
            BigDecimal total = cell(equation.total()).count();
            if (sum.compareTo(total) != 0) {
                throw new IllegalArgumentException("cells " + equation.components() + " add up to "
                        + sum.toPlainString() + ", not to '" + equation.total() + "' = " + total.toPlainString());
            }
        }
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<Equation> equations() {
        return equations;
    }

    public Cell cell(String key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no cell '" + key + "' in the table");
        }
        return cells.get(i);
    }

    int indexOf(String key) {
        cell(key);
        return index.get(key);
    }

    SuppressionModel model() {
        BigDecimal[][] counts = new BigDecimal[cells.size()][];
        boolean[] national = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            counts[i] = new BigDecimal[] {cells.get(i).count()};
            national[i] = cells.get(i).national();
        }
        List<int[]> indexed = new ArrayList<>();
        for (Equation equation : equations) {
            int[] e = new int[equation.components().size() + 1];
            e[0] = indexOf(equation.total());
            for (int k = 0; k < equation.components().size(); k++) {
                e[k + 1] = indexOf(equation.components().get(k));
            }
            indexed.add(e);
        }
        return new SuppressionModel(counts, national, new boolean[cells.size()], indexed);
    }
}
