package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader trying to recover withheld cells, written independently of the engine's own check
 * ({@link LinearDisclosureAudit} uses exact integer elimination on the coefficients only): this one
 * builds the full linear system from the published equations with the actual numbers on the right-hand
 * side, assuming (worst case) it knows every published cell <i>exactly</i> rather than rounded, and runs
 * floating-point Gauss-Jordan elimination with partial pivoting. A withheld cell is recovered when its
 * pivot row has no free variable left; the value it recovers is returned so tests can check the attack
 * is real (it gets the true count).
 */
final class LinearAttacker {

    private static final double EPS = 1e-9;

    private LinearAttacker() {
    }

    /** @return the withheld cells the reader pins down, with the value worked out for each */
    static Map<String, Double> recover(List<String> keys, Map<String, BigDecimal> truth,
                                       List<List<String>> equations, Set<String> withheld) {
        List<String> vars = keys.stream().filter(withheld::contains).toList();
        Map<String, Integer> col = new LinkedHashMap<>();
        for (String v : vars) {
            col.put(v, col.size());
        }
        int width = vars.size();
        List<double[]> rows = new ArrayList<>();
        for (List<String> equation : equations) {
            double[] row = new double[width + 1];
            for (int k = 0; k < equation.size(); k++) {
                String key = equation.get(k);
                double a = k == 0 ? -1 : 1;
                Integer c = col.get(key);
                if (c != null) {
                    row[c] += a;
                } else {
                    row[width] -= a * truth.get(key).doubleValue();
                }
            }
            rows.add(row);
        }
        int pivotRow = 0;
        int[] pivotColumnOfRow = new int[rows.size()];
        for (int c = 0; c < width && pivotRow < rows.size(); c++) {
            int best = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[c]) > EPS && (best < 0 || Math.abs(rows.get(r)[c]) > Math.abs(rows.get(best)[c]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] p = rows.get(best);
            rows.set(best, rows.get(pivotRow));
            rows.set(pivotRow, p);
            double scale = p[c];
            for (int k = 0; k <= width; k++) {
                p[k] /= scale;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r == pivotRow) {
                    continue;
                }
                double[] row = rows.get(r);
                double f = row[c];
                if (Math.abs(f) > EPS) {
                    for (int k = 0; k <= width; k++) {
                        row[k] -= f * p[k];
                    }
                }
            }
            pivotColumnOfRow[pivotRow] = c;
            pivotRow++;
        }
        Map<String, Double> recovered = new LinkedHashMap<>();
        for (int r = 0; r < pivotRow; r++) {
            double[] row = rows.get(r);
            int pc = pivotColumnOfRow[r];
            boolean alone = true;
            for (int k = 0; k < width; k++) {
                if (k != pc && Math.abs(row[k]) > EPS) {
                    alone = false;
                }
            }
            if (alone) {
                recovered.put(vars.get(pc), row[width]);
            }
        }
        return recovered;
    }

    static Map<String, Double> recover(CountTable table, ProtectedTable published) {
        List<String> keys = table.cells().stream().map(CountTable.Cell::key).toList();
        Map<String, BigDecimal> truth = new LinkedHashMap<>();
        table.cells().forEach(c -> truth.put(c.key(), c.count()));
        List<List<String>> equations = new ArrayList<>();
        for (CountTable.Equation e : table.equations()) {
            List<String> eq = new ArrayList<>();
            eq.add(e.total());
            eq.addAll(e.components());
            equations.add(eq);
        }
        Set<String> withheld = new java.util.HashSet<>();
        published.cells().stream().filter(c -> c.status() == ProtectedTable.Status.SUPPRESSED)
                .forEach(c -> withheld.add(c.key()));
        return recover(keys, truth, equations, withheld);
    }
}
