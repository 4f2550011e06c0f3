package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A versioned statistical disclosure-control policy. Every published output names the policy it went
 * through ({@link #flag()}), so a change of thresholds is a new version, never a silent edit.
 *
 * <p>The default, {@code rarewatch-sdc-1} ({@link #DEFAULT}), follows the rule usually cited for NHS
 * England secondary-care statistics and implemented by OpenSAFELY: sub-national counts from 1 to 7
 * (any count &gt; 0 and &le; 7, so a half such as 0.5 too) are suppressed, other sub-national counts are
 * rounded to the nearest 5 (halves upwards: 7.5 → 10, 12.5 → 15), national counts are published
 * exactly. Zeros are published. Reliability flags: fewer than 10 events, staging completeness below 70%.
 *
 * @param id                    policy family, e.g. {@code rarewatch-sdc}
 * @param version               integer version within the family
 * @param suppressUpTo          sub-national counts in (0, suppressUpTo] are suppressed
 * @param roundingBase          other sub-national counts are rounded to a multiple of this (1 = no rounding)
 * @param lowCountBelow         rows with fewer events than this get {@link ReliabilityFlags#LOW_COUNT}
 * @param completenessBelow     rows whose staging completeness is below this share (of 1) get
 *                              {@link ReliabilityFlags#LOW_COMPLETENESS}
 * @param protectSmallSuppressedSums when true, the suppressed cells of an equation whose total is published
 *                              must add up to more than {@code suppressUpTo}, so their sum (which a reader can
 *                              work out) is not itself a small count
 */
public record DisclosurePolicy(String id, int version, BigDecimal suppressUpTo, BigDecimal roundingBase,
                               BigDecimal lowCountBelow, double completenessBelow,
                               boolean protectSmallSuppressedSums) {

    public static final DisclosurePolicy DEFAULT = new DisclosurePolicy("rarewatch-sdc", 1, BigDecimal.valueOf(7),
            BigDecimal.valueOf(5), BigDecimal.TEN, 0.70, true);

    public DisclosurePolicy {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*[a-z0-9]")) {
            throw new IllegalArgumentException("policy id must be lower-case letters, digits and dashes, got '" + id + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("policy version must be >= 1, got " + version);
        }
        if (suppressUpTo == null || suppressUpTo.signum() < 0) {
            throw new IllegalArgumentException("suppressUpTo must be >= 0, got " + suppressUpTo);
        }
        if (roundingBase == null || roundingBase.signum() <= 0) {
            throw new IllegalArgumentException("roundingBase must be > 0, got " + roundingBase);
        }
        if (lowCountBelow == null || lowCountBelow.signum() < 0) {
            throw new IllegalArgumentException("lowCountBelow must be >= 0, got " + lowCountBelow);
        }
        if (!(completenessBelow >= 0 && completenessBelow <= 1)) {
            throw new IllegalArgumentException("completenessBelow is a share of 1, got " + completenessBelow);
        }
    }

    /** {@code rarewatch-sdc-1}: the name printed in outputs. */
    public String name() {
        return id + "-" + version;
    }

    /** The flag every controlled row carries, naming the policy and its version. */
    public String flag() {
        return ReliabilityFlags.POLICY_PREFIX + name();
    }

    /** What the policy does to one count, before secondary suppression. */
    public Treatment treat(BigDecimal count, boolean national) {
        requireCount(count);
        if (national) {
            return Treatment.EXACT;
        }
        if (count.signum() > 0 && count.compareTo(suppressUpTo) <= 0) {
            return Treatment.SUPPRESSED;
        }
        return roundingBase.compareTo(BigDecimal.ONE) == 0 && count.stripTrailingZeros().scale() <= 0
                ? Treatment.EXACT : Treatment.ROUNDED;
    }

    /** Rounds to the nearest multiple of the rounding base, halves upwards. */
    public BigDecimal round(BigDecimal count) {
        requireCount(count);
        return count.divide(roundingBase, 0, RoundingMode.HALF_UP).multiply(roundingBase);
    }

    public boolean isLowCount(BigDecimal events) {
        return events != null && events.compareTo(lowCountBelow) < 0;
    }

    public boolean isLowCompleteness(double share) {
        return share < completenessBelow;
    }

    static void requireCount(BigDecimal count) {
        if (count == null || count.signum() < 0) {
            throw new IllegalArgumentException("a count must be a number >= 0, got " + count);
        }
    }

    /** Outcome for one cell. */
    public enum Treatment {
        EXACT, ROUNDED, SUPPRESSED
    }
}
