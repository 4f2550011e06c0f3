package org.rarewatch.engine.earlydiagnosis;

/** Early and total counts of tumours whose early/advanced status is known (the donors for imputation). */
final class Tally {
    long early;
    long total;

    void add(boolean isEarly, long n) {
        total += n;
        if (isEarly) {
            early += n;
        }
    }
}
