package org.rarewatch.engine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {

    private static final DisclosurePolicy P = DisclosurePolicy.DEFAULT;

    @Test
    void defaultPolicyIsNamedAndVersioned() {
        assertThat(P.name()).isEqualTo("rarewatch-sdc-1");
        assertThat(P.flag()).isEqualTo("sdc=rarewatch-sdc-1");
    }

    @Test
    void subNationalOneToSevenSuppressedOthersRoundedNationalExact() {
        assertThat(P.treat(n("0"), false)).isEqualTo(DisclosurePolicy.Treatment.ROUNDED);
        assertThat(P.treat(n("0.5"), false)).isEqualTo(DisclosurePolicy.Treatment.SUPPRESSED);
        assertThat(P.treat(n("1"), false)).isEqualTo(DisclosurePolicy.Treatment.SUPPRESSED);
        assertThat(P.treat(n("7"), false)).isEqualTo(DisclosurePolicy.Treatment.SUPPRESSED);
        assertThat(P.treat(n("7.5"), false)).isEqualTo(DisclosurePolicy.Treatment.ROUNDED);
        assertThat(P.treat(n("8"), false)).isEqualTo(DisclosurePolicy.Treatment.ROUNDED);
        assertThat(P.treat(n("3"), true)).isEqualTo(DisclosurePolicy.Treatment.EXACT);
        assertThat(P.round(n("0"))).isEqualByComparingTo("0");
        assertThat(P.round(n("8"))).isEqualByComparingTo("10");
        assertThat(P.round(n("12.4"))).isEqualByComparingTo("10");
        assertThat(P.round(n("12.5"))).isEqualByComparingTo("15");
        assertThat(P.round(n("7.5"))).isEqualByComparingTo("10");
        assertThat(P.round(n("1003"))).isEqualByComparingTo("1005");
        assertThat(P.round(n("120")).toString()).isEqualTo("120");
    }

    @Test
    void reliabilityThresholds() {
        assertThat(P.isLowCount(n("9.5"))).isTrue();
        assertThat(P.isLowCount(n("10"))).isFalse();
        assertThat(P.isLowCount(null)).isFalse();
        assertThat(P.isLowCompleteness(0.6999)).isTrue();
        assertThat(P.isLowCompleteness(0.70)).isFalse();
    }

    @Test
    void thresholdsAreConfigurable() {
        DisclosurePolicy strict = new DisclosurePolicy("strict-sdc", 2, n("10"), n("10"), n("20"), 0.8, true);
        assertThat(strict.name()).isEqualTo("strict-sdc-2");
        assertThat(strict.treat(n("10"), false)).isEqualTo(DisclosurePolicy.Treatment.SUPPRESSED);
        assertThat(strict.round(n("15"))).isEqualByComparingTo("20");
        assertThat(strict.isLowCount(n("15"))).isTrue();
        DisclosurePolicy noRounding = new DisclosurePolicy("plain", 1, n("7"), n("1"), n("10"), 0.7, true);
        assertThat(noRounding.treat(n("12"), false)).isEqualTo(DisclosurePolicy.Treatment.EXACT);
    }

    @Test
    void badPoliciesAndCountsAreRejected() {
        assertThatThrownBy(() -> new DisclosurePolicy("Bad Id", 1, n("7"), n("5"), n("10"), 0.7, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy id");
        assertThatThrownBy(() -> new DisclosurePolicy("x-sdc", 0, n("7"), n("5"), n("10"), 0.7, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> new DisclosurePolicy("x-sdc", 1, n("7"), n("0"), n("10"), 0.7, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roundingBase");
        assertThatThrownBy(() -> new DisclosurePolicy("x-sdc", 1, n("7"), n("5"), n("10"), 70, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share of 1");
        assertThatThrownBy(() -> P.treat(n("-1"), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> P.round(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
