package org.rarewatch.engine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rarewatch.engine.disclosure.Tables.key;
import static org.rarewatch.engine.disclosure.Tables.tree;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Builds tables, protects them, then attacks every suppressed cell with {@link LinearAttacker}: no
 * suppressed cell may be recovered. Each tricky table is also attacked with primary suppression only,
 * to show the attack works and the secondary suppression is what stops it.
 */
class DisclosureControlTest {

    private static final DisclosureControl CONTROL = new DisclosureControl(DisclosurePolicy.DEFAULT);

    @Test
    void oneSmallCellInARowGetsAComplement() {
        CountTable table = Tables.grid(new double[][] {
                {40, 3, 25},
                {30, 22, 18},
                {55, 16, 60}});
        ProtectedTable result = CONTROL.protect(table);
        assertThat(result.cell(key("R0", "G1")).reason()).isEqualTo(ProtectedTable.Reason.PRIMARY);
        assertThat(suppressedCount(result)).isGreaterThanOrEqualTo(4);
        // the complement in the same column is the smallest non-zero one there (16), as documented
        assertThat(result.cell(key("R2", "G1")).status()).isEqualTo(ProtectedTable.Status.SUPPRESSED);
        assertUnrecoverable(table, result);
        assertThat(LinearAttacker.recover(table, primaryOnly(table))).containsEntry(key("R0", "G1"), 3.0);
    }

    @Test
    void twoSmallCellsSharingRowsAndColumns() {
        CountTable table = Tables.grid(new double[][] {
                {3, 4, 30, 12},
                {2, 25, 20, 40},
                {35, 18, 6, 22},
                {28, 33, 26, 5}});
        ProtectedTable result = CONTROL.protect(table);
        for (String small : List.of(key("R0", "G0"), key("R0", "G1"), key("R1", "G0"), key("R2", "G2"),
                key("R3", "G3"))) {
            assertThat(result.cell(small).reason()).isEqualTo(ProtectedTable.Reason.PRIMARY);
        }
        assertUnrecoverable(table, result);
        assertThat(LinearAttacker.recover(table, primaryOnly(table))).isNotEmpty();
    }

    @Test
    void hierarchyTotalsOnBothAxes() {
        // England = North + South; North = NE + NW; all = lung + rlc; rlc = sarcoma + brain + other
        List<String> regions = List.of("NE", "NW", "SE", "SW");
        Map<String, List<String>> rowTree = tree("North", List.of("NE", "NW"), "South", List.of("SE", "SW"),
                "England", List.of("North", "South"));
        List<String> groups = List.of("lung", "sarcoma", "brain", "other");
        Map<String, List<String>> colTree = tree("rlc", List.of("sarcoma", "brain", "other"), "all",
                List.of("lung", "rlc"));
        CountTable table = Tables.twoWay(regions, rowTree, groups, colTree, new double[][] {
                {120, 6, 14, 30},
                {150, 11, 2, 41},
                {200, 9, 17, 38},
                {90, 12, 19, 7}}, "England");
        ProtectedTable result = CONTROL.protect(table);
        assertUnrecoverable(table, result);
        assertThat(LinearAttacker.recover(table, primaryOnly(table))).isNotEmpty();
        // national cells are exact unless needed as complements
        assertThat(result.cell(key("England", "all")).status()).isEqualTo(ProtectedTable.Status.EXACT);
        assertThat(result.cell(key("England", "all")).published()).isEqualByComparingTo("766");
    }

    @Test
    void zerosAroundASmallCell() {
        // the only other cells in R0 are zeros: a zero (or the total) has to be withheld with the 4
        CountTable table = Tables.grid(new double[][] {
                {4, 0, 0},
                {0, 30, 12},
                {0, 25, 40}});
        ProtectedTable result = CONTROL.protect(table);
        assertUnrecoverable(table, result);
        assertThat(result.cell(key("R1", "G0")).published()).isNull();
        assertThat(LinearAttacker.recover(table, primaryOnly(table))).containsEntry(key("R0", "G0"), 4.0);
    }

    @Test
    void smallSuppressedSumsGetAThirdCell() {
        // 1 and 2 in one row: their sum (3) is readable from the published total, so a third cell goes
        CountTable table = Tables.grid(new double[][] {
                {1, 2, 40, 50},
                {20, 30, 40, 50}});
        ProtectedTable result = CONTROL.protect(table);
        long inRow0 = result.cells().stream().filter(c -> c.key().startsWith("R0|G")
                && c.status() == ProtectedTable.Status.SUPPRESSED).count();
        assertThat(inRow0).isGreaterThanOrEqualTo(3);
        assertUnrecoverable(table, result);

        DisclosurePolicy withoutRule = new DisclosurePolicy("test-sdc", 1, BigDecimal.valueOf(7), BigDecimal.valueOf(5),
                BigDecimal.TEN, 0.7, false);
        ProtectedTable plain = new DisclosureControl(withoutRule).protect(table);
        assertUnrecoverable(table, plain);
        assertThat(suppressedCount(plain)).isLessThan(suppressedCount(result));
    }

    /**
     * Found by search over random grids: after the per-equation rules settle, every row and column has
     * at least two withheld cells, yet R1|G2 (5) follows from a combination of equations. Only the
     * verification step catches this.
     */
    @Test
    void perEquationRulesAloneAreNotEnough() {
        CountTable table = Tables.grid(new double[][] {
                {25, 9, 0},
                {0, 2, 5},
                {5, 22, 5},
                {7, 45, 6}});
        int[] state = SecondarySuppression.rulesOnly(table.model(), DisclosurePolicy.DEFAULT);
        List<ProtectedTable.Cell> cells = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            CountTable.Cell c = table.cells().get(i);
            boolean withheld = state[i] != SecondarySuppression.PUBLISHED;
            cells.add(new ProtectedTable.Cell(c.key(), withheld ? null : c.count(),
                    withheld ? ProtectedTable.Status.SUPPRESSED : ProtectedTable.Status.EXACT, ProtectedTable.Reason.NONE));
        }
        assertThat(LinearAttacker.recover(table, new ProtectedTable("rules-only", cells)))
                .containsEntry(key("R1", "G2"), 5.0);
        assertThat(LinearDisclosureAudit.determined(state.length, table.model().equations(), unknown(state)))
                .as("the engine's own audit sees it too").contains(true);
        assertUnrecoverable(table, CONTROL.protect(table));
    }

    private static boolean[] unknown(int[] state) {
        boolean[] unknown = new boolean[state.length];
        for (int i = 0; i < state.length; i++) {
            unknown[i] = state[i] != SecondarySuppression.PUBLISHED;
        }
        return unknown;
    }

    @Test
    void roundsSubNationalAndKeepsNationalExact() {
        CountTable table = Tables.grid(new double[][] {
                {12, 13, 8},
                {22.5, 7.5, 100}});
        ProtectedTable result = CONTROL.protect(table);
        assertThat(result.cell(key("R0", "G0")).published()).isEqualByComparingTo("10");
        assertThat(result.cell(key("R0", "G1")).published()).isEqualByComparingTo("15");
        assertThat(result.cell(key("R0", "G2")).published()).isEqualByComparingTo("10");
        assertThat(result.cell(key("R1", "G0")).published()).isEqualByComparingTo("25");
        assertThat(result.cell(key("R1", "G1")).published()).isEqualByComparingTo("10");
        assertThat(result.cell(key("R1", "G1")).status()).isEqualTo(ProtectedTable.Status.ROUNDED);
        assertThat(result.cell(key("England", "G0")).published()).isEqualByComparingTo("34.5");
        assertThat(result.cell(key("England", "G0")).status()).isEqualTo(ProtectedTable.Status.EXACT);
        assertThat(result.policy()).isEqualTo("rarewatch-sdc-1");
    }

    /** 300 random tables with nested totals, many small counts and zeros (fixed seed). */
    @Test
    void randomTablesNeverLeakASuppressedCell() {
        Random random = new Random(20261125L);
        int withSecondary = 0;
        for (int t = 0; t < 300; t++) {
            int regions = 2 + random.nextInt(4);
            int groups = 2 + random.nextInt(4);
            List<String> rowLeaves = new ArrayList<>();
            for (int i = 0; i < regions; i++) {
                rowLeaves.add("R" + i);
            }
            List<String> colLeaves = new ArrayList<>();
            for (int j = 0; j < groups; j++) {
                colLeaves.add("G" + j);
            }
            Map<String, List<String>> rowTree = random.nextBoolean() || regions < 3
                    ? tree("England", rowLeaves)
                    : tree("North", rowLeaves.subList(0, 2), "South", rowLeaves.subList(2, regions),
                    "England", List.of("North", "South"));
            Map<String, List<String>> colTree = random.nextBoolean() || groups < 3
                    ? tree("all", colLeaves)
                    : tree("rlc", colLeaves.subList(1, groups), "all", List.of("G0", "rlc"));
            double[][] leaves = new double[regions][groups];
            for (double[] row : leaves) {
                for (int j = 0; j < groups; j++) {
                    double u = random.nextDouble();
                    row[j] = u < 0.2 ? 0 : u < 0.55 ? 1 + random.nextInt(7) : 8 + random.nextInt(60);
                    if (random.nextInt(10) == 0) {
                        row[j] += 0.5;
                    }
                }
            }
            CountTable table = Tables.twoWay(rowLeaves, rowTree, colLeaves, colTree, leaves, "England");
            ProtectedTable result = CONTROL.protect(table);
            assertUnrecoverable(table, result);
            assertPolicyHolds(table, result);
            if (result.cells().stream().anyMatch(c -> c.reason() == ProtectedTable.Reason.SECONDARY)) {
                withSecondary++;
            }
        }
        assertThat(withSecondary).isGreaterThan(200);
    }

    @Test
    void emptyAndAllZeroTables() {
        ProtectedTable zeros = CONTROL.protect(Tables.grid(new double[][] {{0, 0}, {0, 0}}));
        assertThat(zeros.cells()).allSatisfy(c -> assertThat(c.published()).isEqualByComparingTo("0"));
        assertThat(CONTROL.protect(new CountTable(List.of(), List.of())).cells()).isEmpty();
        assertThat(DisclosureControl.apply(List.of(), TableStructure.flat())).isEmpty();
    }

    @Test
    void badTablesAreRejectedClearly() {
        assertThatThrownBy(() -> new CountTable(List.of(cell("a", 1), cell("b", 2), cell("t", 4)),
                List.of(new CountTable.Equation("t", List.of("a", "b")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 3");
        assertThatThrownBy(() -> cell("a", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new CountTable(List.of(cell("a", 1), cell("a", 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CountTable(List.of(cell("a", 1)),
                List.of(new CountTable.Equation("t", List.of("a")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no cell 't'");
    }

    private static CountTable.Cell cell(String key, double count) {
        return new CountTable.Cell(key, BigDecimal.valueOf(count), false);
    }

    static void assertUnrecoverable(CountTable table, ProtectedTable result) {
        Map<String, Double> recovered = LinearAttacker.recover(table, result);
        assertThat(recovered).as("suppressed cells recovered by linear arithmetic").isEmpty();
    }

    private static void assertPolicyHolds(CountTable table, ProtectedTable result) {
        for (CountTable.Cell cell : table.cells()) {
            ProtectedTable.Cell out = result.cell(cell.key());
            boolean small = cell.count().signum() > 0 && cell.count().compareTo(BigDecimal.valueOf(7)) <= 0;
            if (cell.national()) {
                if (out.status() != ProtectedTable.Status.SUPPRESSED) {
                    assertThat(out.published()).isEqualByComparingTo(cell.count());
                }
            } else if (small) {
                assertThat(out.reason()).isEqualTo(ProtectedTable.Reason.PRIMARY);
            } else if (out.status() != ProtectedTable.Status.SUPPRESSED) {
                assertThat(out.published().remainder(BigDecimal.valueOf(5)).signum()).isZero();
                assertThat(out.published().subtract(cell.count()).abs()).isLessThanOrEqualTo(BigDecimal.valueOf(2.5));
            }
        }
    }

    private static long suppressedCount(ProtectedTable result) {
        return result.cells().stream().filter(c -> c.status() == ProtectedTable.Status.SUPPRESSED).count();
    }

    /** What a naive publisher would withhold: the small sub-national cells only. */
    private static ProtectedTable primaryOnly(CountTable table) {
        List<ProtectedTable.Cell> cells = new ArrayList<>();
        for (CountTable.Cell c : table.cells()) {
            boolean small = !c.national() && c.count().signum() > 0 && c.count().compareTo(BigDecimal.valueOf(7)) <= 0;
            cells.add(new ProtectedTable.Cell(c.key(), small ? null : c.count(),
                    small ? ProtectedTable.Status.SUPPRESSED : ProtectedTable.Status.EXACT,
                    small ? ProtectedTable.Reason.PRIMARY : ProtectedTable.Reason.NONE));
        }
        return new ProtectedTable("naive", cells);
    }
}
