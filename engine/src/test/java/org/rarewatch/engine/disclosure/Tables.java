package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds two-way tables with hierarchy totals on both axes for tests: rows are geographies (leaves
 * are regions, the root is England, national), columns are cancer groups (leaves, with nested totals
 * such as {@code rlc = sarcoma + brain}, {@code all = lung + rlc}). Every total is the sum of its leaves.
 */
final class Tables {

    private Tables() {
    }

    static CountTable twoWay(List<String> rowLeaves, Map<String, List<String>> rowTree, List<String> colLeaves,
                             Map<String, List<String>> colTree, double[][] leaves, String nationalRow) {
        List<String> rows = new ArrayList<>(rowLeaves);
        rows.addAll(rowTree.keySet());
        List<String> cols = new ArrayList<>(colLeaves);
        cols.addAll(colTree.keySet());
        List<CountTable.Cell> cells = new ArrayList<>();
        for (String r : rows) {
            for (String c : cols) {
                double v = 0;
                for (String lr : leavesOf(r, rowTree)) {
                    for (String lc : leavesOf(c, colTree)) {
                        v += leaves[rowLeaves.indexOf(lr)][colLeaves.indexOf(lc)];
                    }
                }
                cells.add(new CountTable.Cell(key(r, c), BigDecimal.valueOf(v), r.equals(nationalRow)));
            }
        }
        List<CountTable.Equation> equations = new ArrayList<>();
        for (String r : rows) {
            colTree.forEach((parent, children) -> equations.add(
                    new CountTable.Equation(key(r, parent), children.stream().map(ch -> key(r, ch)).toList())));
        }
        for (String c : cols) {
            rowTree.forEach((parent, children) -> equations.add(
                    new CountTable.Equation(key(parent, c), children.stream().map(ch -> key(ch, c)).toList())));
        }
        return new CountTable(cells, equations);
    }

    /** Regions under England; groups under "all". */
    static CountTable grid(double[][] leaves) {
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            regions.add("R" + i);
        }
        List<String> groups = new ArrayList<>();
        for (int j = 0; j < leaves[0].length; j++) {
            groups.add("G" + j);
        }
        return twoWay(regions, Map.of("England", regions), groups, Map.of("all", groups), leaves, "England");
    }

    static Map<String, List<String>> tree(Object... parentThenChildren) {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        for (int i = 0; i < parentThenChildren.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> children = (List<String>) parentThenChildren[i + 1];
            tree.put((String) parentThenChildren[i], children);
        }
        return tree;
    }

    static String key(String row, String col) {
        return row + "|" + col;
    }

    private static List<String> leavesOf(String node, Map<String, List<String>> tree) {
        List<String> children = tree.get(node);
        if (children == null) {
            return List.of(node);
        }
        List<String> out = new ArrayList<>();
        for (String child : children) {
            out.addAll(leavesOf(child, tree));
        }
        return out;
    }
}
