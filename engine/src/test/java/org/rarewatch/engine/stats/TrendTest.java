package org.rarewatch.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Annual percent change and projection of a proportion against values computed independently with
 * Python 3 (numpy 2.4.6, scipy 1.17.1): weighted least squares in matrix form, beta = (X'WX)^-1 X'Wy
 * with X = [1, year - 2016], s^2 = r'Wr/(n-2), cov = s^2 (X'WX)^-1, quantiles from scipy.stats.t.ppf;
 * APC = 100*expm1(b1 -/+ t*se); projection = expit(x0'beta -/+ t*sqrt(x0' cov x0)). The script is
 * reproduced in docs/methods.md (Statistics, "How the trend tests were computed").
 */
class TrendTest {

    private static final double RELATIVE = 1e-9;
    private static final double[] YEARS = {2013, 2014, 2015, 2016, 2017, 2018, 2019};
    private static final double[] RATES = {12.1, 12.6, 12.4, 13.2, 13.5, 13.1, 14.0};
    private static final double[] EVENTS = {121, 130, 126, 135, 140, 137, 146};
    private static final double[] EARLY = {5200, 5350, 5300, 5500, 5600, 5650, 5800};
    private static final double[] STAGED = {10000, 10100, 9900, 10050, 10000, 9950, 10100};
    /** 95% weighted APC of EARLY/STAGED on the ln scale, weights x n / (n - x): apc, lower, upper. */
    private static final double[] APC_PROPORTION = {1.73237025694686, 1.5355773117748466, 1.929544619788372};

    @Test
    void unweightedApcMatchesNumpy() {
        var r95 = AnnualPercentChange.unweighted(rates(), Confidence.NINETY_FIVE);
        close(r95.apc(), 2.1673665698728297);
        close(r95.lower(), 1.029561057141013);
        close(r95.upper(), 3.317986167623492);
        close(r95.slope(), 0.021442131298943932);
        close(r95.slopeStandardError(), 0.004356663296993488);
        assertThat(r95.degreesOfFreedom()).isEqualTo(5);
        assertThat(r95.method()).isEqualTo(AnnualPercentChange.METHOD_UNWEIGHTED);
        var r998 = AnnualPercentChange.unweighted(rates(), Confidence.NINETY_NINE_POINT_EIGHT);
        close(r998.lower(), -0.4224607964968977);
        close(r998.upper(), 4.824550549402983);
    }

    @Test
    void weightedApcMatchesNumpy() {
        var r95 = AnnualPercentChange.weighted(rates(), Confidence.NINETY_FIVE);
        close(r95.apc(), 2.1679771216920236);
        close(r95.lower(), 1.0235745096960642);
        close(r95.upper(), 3.325343612116354);
        close(r95.slopeStandardError(), 0.00438204009583331);
        var r998 = AnnualPercentChange.weighted(rates(), Confidence.NINETY_NINE_POINT_EIGHT);
        close(r998.lower(), -0.4367571527558861);
        close(r998.upper(), 4.840855426471419);
    }

    /** Weighted APC of a proportion uses the ln-scale weight x n / (n - x), numpy as above. */
    @Test
    void weightedApcOfAProportionMatchesNumpy() {
        List<TrendObservation> list = new ArrayList<>();
        for (int i = 0; i < YEARS.length; i++) {
            list.add(TrendObservation.proportionOnLogScale(YEARS[i], EARLY[i], STAGED[i]));
        }
        assertThat(list.get(0).weight()).isCloseTo(5200.0 * 10000 / 4800, within(1e-9));
        var r95 = AnnualPercentChange.weighted(list, Confidence.NINETY_FIVE);
        close(r95.apc(), APC_PROPORTION[0]);
        close(r95.lower(), APC_PROPORTION[1]);
        close(r95.upper(), APC_PROPORTION[2]);
    }

    @Test
    void linearTrendOfAnExactLineIsExact() {
        List<TrendObservation> line = new ArrayList<>();
        for (int month = 0; month < 6; month++) {
            line.add(TrendObservation.of(month + 0.5, 0.70 + 0.004 * month));
        }
        var r = LinearTrend.unweighted(line, Confidence.NINETY_FIVE);
        assertThat(r.slope()).isCloseTo(0.004, within(1e-12));
        assertThat(r.lower()).isCloseTo(0.004, within(1e-9));
        assertThat(r.upper()).isCloseTo(0.004, within(1e-9));
        assertThat(r.degreesOfFreedom()).isEqualTo(4);
        assertThat(r.method()).isEqualTo(LinearTrend.METHOD_UNWEIGHTED);
    }

    @Test
    void apcOfAnExactExponentialIsExact() {
        List<TrendObservation> growth = new ArrayList<>();
        for (int year = 2010; year <= 2015; year++) {
            growth.add(TrendObservation.of(year, 50 * Math.pow(0.97, year - 2010)));
        }
        var r = AnnualPercentChange.unweighted(growth, Confidence.NINETY_FIVE);
        assertThat(r.apc()).isCloseTo(-3.0, within(1e-9));
        assertThat(r.lower()).isCloseTo(-3.0, within(1e-6));
        assertThat(r.upper()).isCloseTo(-3.0, within(1e-6));
    }

    @Test
    void projectionMatchesNumpy() {
        ProportionProjection unweighted = ProportionProjection.unweighted(proportions());
        var p2028 = unweighted.project(2028, Confidence.NINETY_FIVE);
        close(p2028.value(), 0.6566749150366239);
        close(p2028.lower(), 0.6451764643708198);
        close(p2028.upper(), 0.6679924957487572);
        var p2028w = unweighted.project(2028, Confidence.NINETY_NINE_POINT_EIGHT);
        close(p2028w.lower(), 0.6300625337005897);
        close(p2028w.upper(), 0.682338075291986);
        var p2016 = unweighted.project(2016, Confidence.NINETY_NINE_POINT_EIGHT);
        close(p2016.value(), 0.5478428763828525);
        close(p2016.lower(), 0.5431137158296284);
        close(p2016.upper(), 0.5525634135592944);
        close(unweighted.slope(), 0.038046045017384164);

        ProportionProjection weighted = ProportionProjection.weighted(proportions());
        var w2028 = weighted.project(2028, Confidence.NINETY_FIVE);
        close(w2028.value(), 0.6566410122639644);
        close(w2028.lower(), 0.6451654740683446);
        close(w2028.upper(), 0.6679364416890164);
        var w2016 = weighted.project(2016, Confidence.NINETY_NINE_POINT_EIGHT);
        close(w2016.lower(), 0.5431259784742211);
        close(w2016.upper(), 0.5525522582126581);
        assertThat(w2028.method()).isEqualTo(ProportionProjection.METHOD_WEIGHTED);
    }

    @Test
    void outlookAgainstTheSeventyFivePercentAmbition() {
        var p2028 = ProportionProjection.unweighted(proportions()).project(2028, Confidence.NINETY_FIVE);
        assertThat(p2028.against(0.75)).isEqualTo(ProportionProjection.Outlook.OFF_TRACK);
        assertThat(p2028.against(0.60)).isEqualTo(ProportionProjection.Outlook.ON_TRACK);
        assertThat(p2028.against(0.66)).isEqualTo(ProportionProjection.Outlook.UNCERTAIN);
        // on the logit scale the interval widens with distance from the data; it stays inside (0, 1)
        var far = ProportionProjection.unweighted(proportions()).project(2100, Confidence.NINETY_FIVE);
        assertThat(ProportionProjection.logit(far.upper()) - ProportionProjection.logit(far.lower()))
                .isGreaterThan(ProportionProjection.logit(p2028.upper()) - ProportionProjection.logit(p2028.lower()));
        assertThat(far.upper()).isLessThan(1);
        assertThat(far.lower()).isGreaterThan(p2028.value());
    }

    @Test
    void badInputIsRejectedClearly() {
        assertThatThrownBy(() -> AnnualPercentChange.unweighted(List.of(TrendObservation.of(2019, 1),
                TrendObservation.of(2020, 2)), Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> AnnualPercentChange.unweighted(List.of(TrendObservation.of(2019, 1),
                TrendObservation.of(2020, 0), TrendObservation.of(2021, 2)), Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ln");
        assertThatThrownBy(() -> AnnualPercentChange.unweighted(List.of(TrendObservation.of(2019, 1),
                TrendObservation.of(2019, 2), TrendObservation.of(2019, 3)), Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different times");
        assertThatThrownBy(() -> TrendObservation.of(2019, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> TrendObservation.rate(2019, 3, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> TrendObservation.proportion(2019, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 < x < n");
        assertThatThrownBy(() -> TrendObservation.proportion(2019, 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 < x < n");
        assertThatThrownBy(() -> ProportionProjection.unweighted(List.of(TrendObservation.of(2019, 0.5),
                TrendObservation.of(2020, 1.0), TrendObservation.of(2021, 0.6))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
    }

    private static List<TrendObservation> rates() {
        List<TrendObservation> list = new ArrayList<>();
        for (int i = 0; i < YEARS.length; i++) {
            list.add(TrendObservation.rate(YEARS[i], RATES[i], EVENTS[i]));
        }
        return list;
    }

    private static List<TrendObservation> proportions() {
        List<TrendObservation> list = new ArrayList<>();
        for (int i = 0; i < YEARS.length; i++) {
            list.add(TrendObservation.proportion(YEARS[i], EARLY[i], STAGED[i]));
        }
        return list;
    }

    private static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * RELATIVE));
    }
}
