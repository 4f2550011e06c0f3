package org.rarewatch.engine.disclosure;

/** Flag texts written into the {@code flags} column of controlled outputs. */
public final class ReliabilityFlags {

    /** Counts, value and limits withheld (primary or secondary suppression: the two are not told apart). */
    public static final String SUPPRESSED = "suppressed";
    /** Counts rounded to the policy's base; value and limits are from the exact counts. */
    public static final String ROUNDED = "rounded";
    /** Fewer events than the policy's threshold (default 10): the value is unreliable. */
    public static final String LOW_COUNT = "low_count";
    /** Staging completeness below the policy's threshold (default 70%): the value may be biased. */
    public static final String LOW_COMPLETENESS = "low_completeness";
    /** Prefix of the flag naming the disclosure policy, e.g. {@code sdc=rarewatch-sdc-1}. */
    public static final String POLICY_PREFIX = "sdc=";

    private ReliabilityFlags() {
    }
}
