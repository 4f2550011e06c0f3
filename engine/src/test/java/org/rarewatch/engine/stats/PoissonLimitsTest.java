package org.rarewatch.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PoissonLimitsTest {

    private static final double RELATIVE = 1e-9;

    /** Every Byar row of PHEindicatormethods' testdata_Byars_Wilson, 95% and 99.8%, incl. the blank lower. */
    @Test
    void byarReproducesTheReferenceImplementation() throws IOException {
        int checked = 0;
        for (NamedCsvRecord row : WilsonTest.golden("byars-wilson.csv")) {
            if (!row.getField("method").equals("Byars")) {
                continue;
            }
            double x = Double.parseDouble(row.getField("x"));
            Confidence confidence = confidence(row.getField("confidence"));
            assertRelative(Byar.lower(x, confidence), row.getField("lowercl"));
            assertRelative(Byar.upper(x, confidence), row.getField("uppercl"));
            checked++;
        }
        assertThat(checked).isEqualTo(7);
    }

    /** Every rate row of PHEindicatormethods' testdata (exact below 10, Byar from 10), both multipliers. */
    @Test
    void ratesReproduceTheReferenceImplementation() throws IOException {
        int checked = 0;
        int blank = 0;
        for (NamedCsvRecord row : WilsonTest.golden("rates-exact-byars.csv")) {
            double multiplier = Double.parseDouble(row.getField("multiplier"));
            if (row.getField("value").isBlank()) {
                // inputs missing in the reference data (no numerator or no denominator): no result there,
                // and no silent result here either
                blank++;
                continue;
            }
            double x = Double.parseDouble(row.getField("Numerator"));
            double n = Double.parseDouble(row.getField("Denominator"));
            PoissonLimits.Estimate r95 = PoissonLimits.rate(x, n, multiplier, Confidence.NINETY_FIVE);
            PoissonLimits.Estimate r998 = PoissonLimits.rate(x, n, multiplier, Confidence.NINETY_NINE_POINT_EIGHT);
            assertThat(r95.method()).isEqualTo(row.getField("method"));
            assertThat(r998.method()).isEqualTo(row.getField("method"));
            assertRelative(r95.value(), row.getField("value"));
            assertRelative(r95.lower(), row.getField("lower95_0cl"));
            assertRelative(r95.upper(), row.getField("upper95_0cl"));
            assertRelative(r998.lower(), row.getField("lower99_8cl"));
            assertRelative(r998.upper(), row.getField("upper99_8cl"));
            checked++;
        }
        assertThat(checked).isEqualTo(17);
        assertThat(blank).isEqualTo(3);
    }

    @Test
    void methodSwitchesAtTenEvents() {
        assertThat(PoissonLimits.count(9, Confidence.NINETY_FIVE).method()).isEqualTo("Exact");
        assertThat(PoissonLimits.count(9.5, Confidence.NINETY_FIVE).method()).isEqualTo("Exact");
        assertThat(PoissonLimits.count(10, Confidence.NINETY_FIVE).method()).isEqualTo("Byars");
        PoissonLimits.Estimate ten = PoissonLimits.count(10, Confidence.NINETY_FIVE);
        assertThat(ten.lower()).isEqualTo(Byar.lower(10, Confidence.NINETY_FIVE));
    }

    /** Garwood limits for 0 and 1 events: closed forms -ln(alpha/2) and the chi-squared relation. */
    @Test
    void exactLimitsAtZeroAndOneEvent() {
        PoissonLimits.Estimate zero = PoissonLimits.count(0, Confidence.NINETY_FIVE);
        assertThat(zero.lower()).isZero();
        // chi2(0.975; 2)/2 = -ln(0.025): the upper limit for O = 0 has a closed form
        assertThat(zero.upper()).isCloseTo(-Math.log(0.025), within(1e-12));
        // for O = 1, lower = chi2(0.025; 2)/2 = -ln(0.975)
        assertThat(ExactPoisson.lower(1, Confidence.NINETY_FIVE)).isCloseTo(-Math.log(0.975), within(1e-12));
        PoissonLimits.Estimate zeroRate = PoissonLimits.rate(0, 1000, 100_000, Confidence.NINETY_FIVE);
        assertThat(zeroRate.value()).isZero();
        assertThat(zeroRate.lower()).isZero();
        assertThat(zeroRate.upper()).isCloseTo(-Math.log(0.025) * 100, within(1e-9));
        // Byar has no lower limit for one event at 99.8% (negative), and 0 for no events
        assertThat(Byar.lower(1, Confidence.NINETY_NINE_POINT_EIGHT)).isNaN();
        assertThat(Byar.lower(0, Confidence.NINETY_FIVE)).isZero();
    }

    /** n of n: 12 events in a population of 12 is a rate of 1 per person, Byar limits around it. */
    @Test
    void rateWithAsManyEventsAsPeople() {
        PoissonLimits.Estimate r = PoissonLimits.rate(12, 12, 1, Confidence.NINETY_FIVE);
        assertThat(r.value()).isEqualTo(1.0);
        assertThat(r.method()).isEqualTo("Byars");
        assertThat(r.lower()).isEqualTo(Byar.lower(12, Confidence.NINETY_FIVE) / 12);
        assertThat(r.upper()).isGreaterThan(1).isEqualTo(Byar.upper(12, Confidence.NINETY_FIVE) / 12);
        // one event: exact limits, the lower one -ln(0.975) per the closed form
        PoissonLimits.Estimate one = PoissonLimits.rate(1, 1, 1, Confidence.NINETY_FIVE);
        assertThat(one.method()).isEqualTo("Exact");
        assertThat(one.lower()).isCloseTo(-Math.log(0.975), within(1e-12));
    }

    @Test
    void halvesAreAccepted() {
        PoissonLimits.Estimate half = PoissonLimits.count(2.5, Confidence.NINETY_FIVE);
        assertThat(half.lower()).isBetween(ExactPoisson.lower(2, Confidence.NINETY_FIVE),
                ExactPoisson.lower(3, Confidence.NINETY_FIVE));
        assertThat(half.upper()).isBetween(ExactPoisson.upper(2, Confidence.NINETY_FIVE),
                ExactPoisson.upper(3, Confidence.NINETY_FIVE));
    }

    @Test
    void badInputIsRejectedClearly() {
        assertThatThrownBy(() -> PoissonLimits.count(-1, Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> PoissonLimits.count(Double.NaN, Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> PoissonLimits.rate(3, 0, 100, Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("denominator");
        assertThatThrownBy(() -> PoissonLimits.rate(3, Double.NaN, 100, Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("denominator");
        assertThatThrownBy(() -> PoissonLimits.rate(3, 10, -100, Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> Byar.upper(Double.POSITIVE_INFINITY, Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Confidence confidence(String label) {
        return switch (label) {
            case "95%" -> Confidence.NINETY_FIVE;
            case "99.8%" -> Confidence.NINETY_NINE_POINT_EIGHT;
            default -> throw new IllegalArgumentException(label);
        };
    }

    static void assertRelative(double actual, String expected) {
        if (expected.isBlank()) {
            assertThat(actual).as("reference gives no value").isNaN();
            return;
        }
        double e = Double.parseDouble(expected);
        assertThat(actual).isCloseTo(e, within(Math.abs(e) * RELATIVE + 1e-15));
    }
}
