package org.rarewatch.engine.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the unknown cells of a table that a reader can work out exactly by linear arithmetic from the
 * published cells and the table's additive equations (total = sum of components).
 *
 * <p>Each equation, with the published cells moved to the right-hand side, is a linear equation in the
 * unknown cells. An unknown cell i is determined exactly when the unit vector e<sub>i</sub> lies in the
 * row space of the equation matrix restricted to the unknown cells; equivalently, when the reduced
 * row-echelon form of that matrix has a row with a single non-zero entry, in column i. The reduction is
 * done in exact integer arithmetic (fraction-free elimination with {@link BigInteger}), so there is no
 * rounding tolerance to tune. The check assumes the reader knows every published cell <i>exactly</i>:
 * a stronger reader than the real one, who sees rounded counts.
 */
public final class LinearDisclosureAudit {

    private LinearDisclosureAudit() {
    }

    /**
     * @param cellCount number of cells, indexed from 0
     * @param equations each array is {total, component, component, ...}
     * @param unknown   which cells are not published
     * @return for each cell, whether it is unknown yet determined by the published cells and equations
     */
    public static boolean[] determined(int cellCount, List<int[]> equations, boolean[] unknown) {
        int[] column = new int[cellCount];
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < cellCount; i++) {
            column[i] = unknown[i] ? cells.size() : -1;
            if (unknown[i]) {
                cells.add(i);
            }
        }
        int width = cells.size();
        List<BigInteger[]> rows = new ArrayList<>();
        for (int[] equation : equations) {
            long[] coefficients = new long[width];
            boolean any = false;
            for (int k = 0; k < equation.length; k++) {
                int c = column[equation[k]];
                if (c >= 0) {
                    coefficients[c] += k == 0 ? -1 : 1;
                    any = true;
                }
            }
            if (any) {
                BigInteger[] row = new BigInteger[width];
                for (int c = 0; c < width; c++) {
                    row[c] = BigInteger.valueOf(coefficients[c]);
                }
                rows.add(row);
            }
        }
        reduce(rows, width);
        boolean[] determined = new boolean[cellCount];
        for (BigInteger[] row : rows) {
            int nonZero = -1;
            int count = 0;
            for (int c = 0; c < width; c++) {
                if (row[c].signum() != 0) {
                    nonZero = c;
                    count++;
                }
            }
            if (count == 1) {
                determined[cells.get(nonZero)] = true;
            }
        }
        return determined;
    }

    /** Fraction-free Gauss-Jordan elimination to reduced row-echelon form (up to row scaling). */
    private static void reduce(List<BigInteger[]> rows, int width) {
        int pivotRow = 0;
        for (int c = 0; c < width && pivotRow < rows.size(); c++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (rows.get(r)[c].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            BigInteger[] pivot = rows.get(found);
            rows.set(found, rows.get(pivotRow));
            rows.set(pivotRow, pivot);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r == pivotRow || row[c].signum() == 0) {
                    continue;
                }
                BigInteger a = pivot[c];
                BigInteger b = row[c];
                BigInteger gcd = BigInteger.ZERO;
                for (int k = 0; k < width; k++) {
                    row[k] = row[k].multiply(a).subtract(pivot[k].multiply(b));
                    gcd = gcd.gcd(row[k]);
                }
                if (gcd.compareTo(BigInteger.ONE) > 0) {
                    for (int k = 0; k < width; k++) {
                        row[k] = row[k].divide(gcd);
                    }
                }
            }
            pivotRow++;
        }
    }
}
