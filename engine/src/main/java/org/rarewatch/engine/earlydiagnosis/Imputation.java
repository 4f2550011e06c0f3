package org.rarewatch.engine.earlydiagnosis;

import java.util.HashMap;
import java.util.Map;

/**
 * Imputes the early share of tumours whose status is unknown from comparable tumours whose status is
 * known, walking from the finest stratum (group, year, sex, age band) to coarser ones (group, year, sex;
 * group, year; group; year; everything) until one has at least {@link #MIN_DONORS} donors.
 *
 * <p>Uncertainty: for M tumours imputed from a stratum with n donors and early share p, the expected
 * early count is M·p with variance M·p(1−p) (the unknown outcomes themselves) plus M²·p(1−p)/n (the
 * estimate of p), summed over the distinct donor strata used by an aggregate: the analytic form of the
 * between- plus within-imputation variance of multiple imputation under a binomial model.
 */
final class Imputation {

    static final int MIN_DONORS = 10;

    static final int LEVELS = 6;

    /**
     * The stratum key of a cell at a level: 0 = group, year, sex, age band; 1 = group, year, sex;
     * 2 = group, year; 3 = group; 4 = year; 5 = everything.
     */
    static long stratum(int level, int group, int year, int sex, int ageBand) {
        boolean g = level <= 3;
        boolean y = level <= 2 || level == 4;
        boolean s = level <= 1;
        boolean a = level == 0;
        long k = level;
        k = (k << 8) | (g ? group : 0);
        k = (k << 16) | (y ? year : 0);
        k = (k << 3) | (s ? sex : 0);
        k = (k << 6) | (a ? ageBand : 0);
        return k;
    }

    private final Map<Long, Tally> donors = new HashMap<>();

    void addDonor(int group, int year, int sex, int ageBand, boolean early, long n) {
        for (int level = 0; level < LEVELS; level++) {
            donors.computeIfAbsent(stratum(level, group, year, sex, ageBand), k -> new Tally()).add(early, n);
        }
    }

    /** The donor stratum used for a cell, or {@code null} when no level has enough donors. */
    Donor donorFor(int group, int year, int sex, int ageBand) {
        for (int level = 0; level < LEVELS; level++) {
            long key = stratum(level, group, year, sex, ageBand);
            Tally t = donors.get(key);
            if (t != null && t.total >= MIN_DONORS) {
                return new Donor(key, (double) t.early / t.total, t.total);
            }
        }
        return null;
    }

    record Donor(long stratum, double earlyShare, long donors) {
    }

    /** Imputed tumours of one aggregate, grouped by donor stratum (their estimates are shared). */
    static final class Use {
        private final Map<Long, double[]> byStratum = new HashMap<>();

        void add(Donor donor, long imputed) {
            double[] acc = byStratum.computeIfAbsent(donor.stratum(),
                    k -> new double[] {0, donor.earlyShare(), donor.donors()});
            acc[0] += imputed;
        }

        double expectedEarly() {
            double e = 0;
            for (double[] a : byStratum.values()) {
                e += a[0] * a[1];
            }
            return e;
        }

        double variance() {
            double v = 0;
            for (double[] a : byStratum.values()) {
                double m = a[0];
                double p = a[1];
                double n = a[2];
                v += m * p * (1 - p) + m * m * p * (1 - p) / n;
            }
            return v;
        }

        void merge(Use other) {
            other.byStratum.forEach((k, a) -> byStratum.merge(k, a.clone(), (x, y) -> {
                x[0] += y[0];
                return x;
            }));
        }
    }
}
