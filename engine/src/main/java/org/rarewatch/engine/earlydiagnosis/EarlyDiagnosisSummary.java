package org.rarewatch.engine.earlydiagnosis;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts behind the early-diagnosis indicators for one cancer group (or group set) and year.
 * All tumours here are in the all-cancers scope (ICD-10 C00–C97 excluding C44).
 */
public final class EarlyDiagnosisSummary {

    long inScope;
    long nhsEligible;
    long nhsEarly;
    long nhsAdvanced;
    final Map<InclusiveCategory, Long> categories = new EnumMap<>(InclusiveCategory.class);
    long knownEarly;
    final Imputation.Use stageImputation = new Imputation.Use();
    final Imputation.Use routeImputation = new Imputation.Use();

    void count(InclusiveCategory category, long n) {
        categories.merge(category, n, Long::sum);
    }

    /** All tumours C00–C97 excluding C44. */
    public long inScope() {
        return inScope;
    }

    /** Tumours the NHS measure considers (stageable, stage 0 excluded, sex male or female), staged or not. */
    public long nhsEligible() {
        return nhsEligible;
    }

    public long nhsEarly() {
        return nhsEarly;
    }

    public long nhsAdvanced() {
        return nhsAdvanced;
    }

    /** Early + advanced: the NHS measure's denominator (tumours with a valid stage). */
    public long nhsStaged() {
        return nhsEarly + nhsAdvanced;
    }

    public long category(InclusiveCategory category) {
        return categories.getOrDefault(category, 0L);
    }

    /** Tumours the inclusive measure accounts for (every category except unmeasured). */
    public long inclusiveDenominator() {
        return inScope - category(InclusiveCategory.UNMEASURED);
    }

    /** Expected early count: known early tumours plus the imputed expectation. */
    public double inclusiveEarly() {
        return knownEarly + stageImputation.expectedEarly() + routeImputation.expectedEarly();
    }

    /** Variance of {@link #inclusiveEarly()} that comes from imputation. */
    public double imputationVariance() {
        return stageImputation.variance() + routeImputation.variance();
    }
}
