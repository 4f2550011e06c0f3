package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Primary then secondary (complementary) suppression on a table with additive equations (row, column
 * and hierarchy totals). The steps, repeated until nothing changes:
 *
 * <ol>
 *   <li><b>Primary</b>: every sub-national cell with a count in (0, suppressUpTo] is suppressed.</li>
 *   <li><b>Single unknown</b>: any equation with exactly one unknown cell that needs protection gets a
 *       second cell suppressed.</li>
 *   <li><b>Small sum</b> (if the policy asks): any equation whose total is published and whose unknown
 *       components add up to a count in (0, suppressUpTo] gets one more component suppressed.</li>
 *   <li><b>Verify</b>: when rules 2-3 are stable, {@link LinearDisclosureAudit} checks every unknown cell
 *       needing protection; for each one still determined, one more cell of an equation containing it
 *       is suppressed and the loop restarts.</li>
 * </ol>
 *
 * The cell chosen to suppress is always the "cheapest" published cell of the equation: sub-national
 * before national, non-zero before zero, smallest count first, then input order. Suppression only ever
 * adds unknowns, so determinacy can only fall and the loop ends; it ends exactly when no protected cell
 * can be recovered.
 */
final class SecondarySuppression {

    static final int PUBLISHED = 0;
    static final int PRIMARY = 1;
    static final int SECONDARY = 2;
    static final int HIDDEN = 3;

    private final SuppressionModel model;
    private final DisclosurePolicy policy;
    private final int[] state;
    private final boolean[] sensitive;
    private final Comparator<Integer> cheapestFirst;

    private SecondarySuppression(SuppressionModel model, DisclosurePolicy policy) {
        this.model = model;
        this.policy = policy;
        int n = model.size();
        state = new int[n];
        sensitive = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean small = false;
            for (BigDecimal count : model.counts()[i]) {
                if (count != null && policy.treat(count, model.national()[i]) == DisclosurePolicy.Treatment.SUPPRESSED) {
                    small = true;
                }
            }
            sensitive[i] = small;
            state[i] = model.hidden()[i] ? HIDDEN : small ? PRIMARY : PUBLISHED;
        }
        cheapestFirst = Comparator.<Integer, Boolean>comparing(i -> model.national()[i])
                .thenComparing(model::allZero)
                .thenComparing(model::rankingCount)
                .thenComparing(Comparator.naturalOrder());
    }

    /** @return per cell: {@link #PUBLISHED}, {@link #PRIMARY}, {@link #SECONDARY} or {@link #HIDDEN} */
    static int[] run(SuppressionModel model, DisclosurePolicy policy) {
        SecondarySuppression run = new SecondarySuppression(model, policy);
        run.solve();
        return run.state;
    }

    /**
     * Steps 1-3 only, without verification: the usual hand method. Kept to show, in tests, that it
     * is not enough on tables with totals on both axes.
     */
    static int[] rulesOnly(SuppressionModel model, DisclosurePolicy policy) {
        SecondarySuppression run = new SecondarySuppression(model, policy);
        while (run.applyRules()) {
            // repeat until stable
        }
        return run.state;
    }

    private void solve() {
        while (true) {
            if (applyRules()) {
                continue;
            }
            boolean[] determined = LinearDisclosureAudit.determined(model.size(), model.equations(), unknown());
            int exposed = IntStream.range(0, model.size()).filter(i -> determined[i] && needsProtection(i))
                    .findFirst().orElse(-1);
            if (exposed < 0) {
                prune();
                return;
            }
            suppress(candidateNear(exposed));
        }
    }

    private boolean applyRules() {
        boolean changed = false;
        for (int[] equation : model.equations()) {
            List<Integer> unknown = new ArrayList<>();
            for (int cell : equation) {
                if (state[cell] != PUBLISHED) {
                    unknown.add(cell);
                }
            }
            if (unknown.size() == 1 && needsProtection(unknown.get(0))) {
                int candidate = bestComplement(Arrays.stream(equation).boxed().toList());
                if (candidate >= 0) {
                    suppress(candidate);
                    changed = true;
                }
                continue;
            }
            if (policy.protectSmallSuppressedSums() && state[equation[0]] == PUBLISHED && smallUnknownSum(equation)) {
                List<Integer> components = Arrays.stream(equation, 1, equation.length).boxed().toList();
                int candidate = cheapest(components);
                if (candidate < 0) {
                    candidate = equation[0];
                }
                suppress(candidate);
                changed = true;
            }
        }
        return changed;
    }

    /** Unknown components include a protected cell and, in some measure, add up to a small count. */
    private boolean smallUnknownSum(int[] equation) {
        boolean protectedInside = false;
        for (int k = 1; k < equation.length; k++) {
            if (state[equation[k]] != PUBLISHED && needsProtection(equation[k])) {
                protectedInside = true;
            }
        }
        if (!protectedInside) {
            return false;
        }
        int measures = model.counts()[equation[0]].length;
        for (int m = 0; m < measures; m++) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (int k = 1; k < equation.length; k++) {
                int cell = equation[k];
                if (state[cell] == PUBLISHED) {
                    continue;
                }
                BigDecimal count = model.counts()[cell][m];
                if (count == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(count);
            }
            if (complete && sum.signum() > 0 && sum.compareTo(policy.suppressUpTo()) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** The cheapest published cell of the equations around {@code cell}, widening the search if needed. */
    private int candidateNear(int cell) {
        boolean[] reached = new boolean[model.size()];
        List<Integer> frontier = List.of(cell);
        reached[cell] = true;
        while (!frontier.isEmpty()) {
            List<Integer> published = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            for (int[] equation : model.equations()) {
                if (Arrays.stream(equation).noneMatch(frontier::contains)) {
                    continue;
                }
                for (int other : equation) {
                    if (state[other] == PUBLISHED) {
                        published.add(other);
                    } else if (!reached[other]) {
                        reached[other] = true;
                        next.add(other);
                    }
                }
            }
            int candidate = cheapest(published);
            if (candidate >= 0) {
                return candidate;
            }
            frontier = next;
        }
        throw new IllegalStateException("cannot protect cell " + cell + ": no published cell left to suppress");
    }

    /**
     * The complement for an equation with one unknown: a cell that also gives a second unknown to another
     * equation in the same situation is preferred (one suppression closes two gaps), then the cheapest.
     */
    private int bestComplement(List<Integer> cells) {
        int best = -1;
        int bestGain = -1;
        for (int cell : cells) {
            if (state[cell] != PUBLISHED) {
                continue;
            }
            int gain = lonelyEquationsContaining(cell);
            if (gain > bestGain || (gain == bestGain && cheapestFirst.compare(cell, best) < 0)) {
                best = cell;
                bestGain = gain;
            }
        }
        return best;
    }

    private int lonelyEquationsContaining(int cell) {
        int count = 0;
        for (int[] equation : model.equations()) {
            if (Arrays.stream(equation).noneMatch(c -> c == cell)) {
                continue;
            }
            int unknown = -1;
            int unknowns = 0;
            for (int c : equation) {
                if (state[c] != PUBLISHED) {
                    unknown = c;
                    unknowns++;
                }
            }
            if (unknowns == 1 && needsProtection(unknown)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Gives back complements that turned out unnecessary: each secondary cell, largest first, is
     * published again if the table stays safe without it (no small readable sum, nothing determined).
     */
    private void prune() {
        List<Integer> secondary = IntStream.range(0, model.size()).filter(i -> state[i] == SECONDARY).boxed()
                .sorted(cheapestFirst.reversed()).toList();
        for (int cell : secondary) {
            state[cell] = PUBLISHED;
            if (!safe()) {
                state[cell] = SECONDARY;
            }
        }
    }

    private boolean safe() {
        if (policy.protectSmallSuppressedSums()) {
            for (int[] equation : model.equations()) {
                if (state[equation[0]] == PUBLISHED && smallUnknownSum(equation)) {
                    return false;
                }
            }
        }
        boolean[] determined = LinearDisclosureAudit.determined(model.size(), model.equations(), unknown());
        return IntStream.range(0, model.size()).noneMatch(i -> determined[i] && needsProtection(i));
    }

    private int cheapest(List<Integer> cells) {
        return cells.stream().filter(i -> state[i] == PUBLISHED).min(cheapestFirst).orElse(-1);
    }

    private void suppress(int cell) {
        state[cell] = SECONDARY;
    }

    private boolean needsProtection(int cell) {
        return state[cell] == PRIMARY || state[cell] == SECONDARY || (state[cell] == HIDDEN && sensitive[cell]);
    }

    private boolean[] unknown() {
        boolean[] unknown = new boolean[model.size()];
        for (int i = 0; i < unknown.length; i++) {
            unknown[i] = state[i] != PUBLISHED;
        }
        return unknown;
    }
}
