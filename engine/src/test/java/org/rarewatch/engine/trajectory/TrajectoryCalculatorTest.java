package org.rarewatch.engine.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.stats.AnnualPercentChange;
import org.rarewatch.engine.stats.LinearTrend;
import org.rarewatch.engine.stats.ProportionProjection;

/**
 * Expected numbers come from engine/src/test/resources/trajectory/expected.py (Python 3, standard library
 * only: least squares in matrix form about a fixed origin, t quantiles by bisection on the t CDF, checked
 * against a printed table), an independent computation; run it to reproduce them. Asserted to 1e-9 relative.
 */
class TrajectoryCalculatorTest {

    private static final double RELATIVE = 1e-9;
    private static final LocalDate END_2028 = LocalDate.of(2028, 12, 31);

    /** expected.py case 1: published shares without counts, unweighted; 75% by 2028 is out of reach. */
    @Test
    void publishedSharesWithoutCountsAreOffTrack() {
        List<SeriesPoint> series = List.of(SeriesPoint.of("2021", 0.540), SeriesPoint.of("2018", 0.550),
                SeriesPoint.of("2019", 0.545));
        Trajectory t = TrajectoryCalculator.compute(series, 0.75, END_2028);

        assertThat(t.cadence()).isEqualTo(Cadence.ANNUAL);
        assertThat(t.observed()).extracting(SeriesPoint::period).containsExactly("2018", "2019", "2021");
        assertThat(t.latest().period()).isEqualTo("2021");
        assertThat(t.gapNow()).isCloseTo(0.75 - 0.540, within(1e-15));
        assertThat(t.trend().kind()).isEqualTo("annual percent change");
        assertThat(t.trend().unit()).isEqualTo("% per year");
        assertThat(t.trend().method()).startsWith(AnnualPercentChange.METHOD_UNWEIGHTED).endsWith("95%");
        trend(t.trend(), -0.5883567183924281, -1.9923604470816672, 0.8357599982145432);

        assertThat(t.projection()).extracting(ProjectedPoint::period)
                .containsExactly("2022", "2023", "2024", "2025", "2026", "2027", "2028");
        assertThat(t.projection().get(0).date()).isEqualTo(LocalDate.of(2022, 1, 1));
        projected(t.projection().get(0), 0.5364196758375154, 0.5130890322519788, 0.5595919643345185);
        projected(t.projection().get(3), 0.5267378007536833, 0.4806681529863346, 0.5723566128833103);
        projected(t.projection().get(6), 0.5170357753819451, 0.44766039864133716, 0.5857606100290892);
        assertThat(t.atTarget().period()).isEqualTo("2028");
        assertThat(t.atTarget().date()).isEqualTo(END_2028);
        projected(t.atTarget(), 0.5154217457315655, 0.4421880483443418, 0.5879990729913003);
        close(t.gapAtTarget(), 0.75 - 0.5154217457315655);

        assertThat(t.suggested()).isEqualTo(SuggestedStatus.OFF_TRACK);
        assertThat(t.suggested().id()).isEqualTo("off_track");
        assertThat(t.suggested().label()).isEqualTo("Off track");
        assertThat(t.reason()).isEqualTo("The trend of 3 observed periods projects 51.5% (95% CI 44.2% to 58.8%) at"
                + " 31 December 2028: the whole interval is below the target of 75%.");
        assertThat(t.method()).contains("95%", "mid-year", "2028.9986", ProportionProjection.METHOD_UNWEIGHTED,
                AnnualPercentChange.METHOD_UNWEIGHTED, "Fits unweighted");
    }

    /** expected.py case 2: monthly with counts: unweighted slope, weighted projection; 80% by March 2029. */
    @Test
    void monthlySeriesWithCountsIsOnTrack() {
        int[] x = {18100, 18420, 18350, 18900, 18700, 19240, 19010, 19500, 18800, 19650, 19720, 20010,
                19900, 20350, 20200, 20700, 20480, 20900};
        int[] n = {25000, 25300, 25050, 25600, 25200, 25800, 25400, 25900, 24900, 25800, 25700, 26000,
                25700, 26200, 25900, 26400, 26050, 26500};
        List<SeriesPoint> series = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            int month = 4 + i;
            String period = String.format("%04d-%02d", 2023 + (month - 1) / 12, (month - 1) % 12 + 1);
            series.add(counted(period, x[i], n[i]));
        }
        LocalDate march2029 = LocalDate.of(2029, 3, 31);
        Trajectory t = TrajectoryCalculator.compute(series, 0.80, march2029);

        assertThat(t.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(t.latest().period()).isEqualTo("2024-09");
        assertThat(t.trend().kind()).isEqualTo("monthly slope");
        assertThat(t.trend().unit()).isEqualTo("percentage points per month");
        assertThat(t.trend().method()).startsWith(LinearTrend.METHOD_UNWEIGHTED);
        trend(t.trend(), 0.3887896270129587, 0.3739894714872572, 0.4035897825386603);

        assertThat(t.projection()).hasSize(54);
        assertThat(t.projection().get(0).period()).isEqualTo("2024-10");
        assertThat(t.projection().get(0).date()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(t.projection().get(53).period()).isEqualTo("2029-03");
        projected(t.projection().get(0), 0.7941957068804234, 0.7930121038423948, 0.7953742882273329);
        projected(t.projection().get(3), 0.8044276808842935, 0.8030063661605767, 0.8058412202943271);
        projected(t.projection().get(53), 0.9225477611305739, 0.9195466598390094, 0.9254459906103912);
        assertThat(t.atTarget().period()).isEqualTo("2029-03");
        projected(t.atTarget(), 0.9232174180807805, 0.920218791873128, 0.9261123885619514);
        assertThat(t.suggested()).isEqualTo(SuggestedStatus.ON_TRACK);
        assertThat(t.reason()).endsWith("the whole interval is at or above the target of 80%.");
        assertThat(t.method()).contains("mid-month", ProportionProjection.METHOD_WEIGHTED, "weighted by");
    }

    /** expected.py case 3: annual with counts: weighted APC (ln-scale weights) and weighted projection. */
    @Test
    void annualSeriesWithCountsIsWeighted() {
        int[] x = {5200, 5350, 5300, 5500, 5600, 5650, 5800};
        int[] n = {10000, 10100, 9900, 10050, 10000, 9950, 10100};
        List<SeriesPoint> series = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            series.add(counted(Integer.toString(2013 + i), x[i], n[i]));
        }
        Trajectory t = TrajectoryCalculator.compute(series, 0.60, LocalDate.of(2024, 12, 31));

        assertThat(t.trend().method()).startsWith(AnnualPercentChange.METHOD_WEIGHTED);
        trend(t.trend(), 1.7323702569468584, 1.5355773117748448, 1.9295446197883703);
        assertThat(t.projection()).extracting(ProjectedPoint::period)
                .containsExactly("2020", "2021", "2022", "2023", "2024");
        projected(t.projection().get(0), 0.5851847270521743, 0.580663361386911, 0.5896917903707102);
        projected(t.projection().get(4), 0.6215723977822905, 0.6134828500826753, 0.6295948609454245);
        projected(t.atTarget(), 0.6260228852286851, 0.6174954309533452, 0.6344727658674694);
        assertThat(t.suggested()).isEqualTo(SuggestedStatus.ON_TRACK);
    }

    /**
     * expected.py case 4: 0/n (2015), a suppressed value (2020) and n/n (2021) are left out of the fits, which
     * stay weighted; the latest observation is still 2021 (100%). The interval includes 70%.
     */
    @Test
    void zeroFullAndSuppressedPointsAreLeftOutOfTheFit() {
        List<SeriesPoint> series = List.of(counted("2015", 0, 40), counted("2016", 12, 40), counted("2017", 15, 45),
                counted("2018", 17, 44), counted("2019", 20, 48), new SeriesPoint("2020", null, null, null, null, null),
                counted("2021", 60, 60));
        Trajectory t = TrajectoryCalculator.compute(series, 0.70, LocalDate.of(2025, 12, 31));

        assertThat(t.latest().period()).isEqualTo("2021");
        assertThat(t.gapNow()).isCloseTo(-0.30, within(1e-15));
        trend(t.trend(), 11.832943118404323, 7.0677509177402245, 16.810216515457014);
        assertThat(t.projection()).extracting(ProjectedPoint::period).containsExactly("2022", "2023", "2024", "2025");
        projected(t.projection().get(0), 0.5512701774579448, 0.4839508309622386, 0.6167619620351105);
        projected(t.atTarget(), 0.6944030584624699, 0.5854003063165554, 0.785260290336192);
        close(t.gapAtTarget(), 0.70 - 0.6944030584624699);
        assertThat(t.suggested()).isEqualTo(SuggestedStatus.CANNOT_TELL);
        assertThat(t.reason()).endsWith("the interval includes the target of 70%.");
        assertThat(t.method()).contains("(4 here;");
    }

    /** expected.py case 5 (the trend); judged on 2019, the last period starting on or before 2019-12-31. */
    @Test
    void passedTargetIsJudgedOnTheObservedPointAtTheTargetDate() {
        LocalDate end2019 = LocalDate.of(2019, 12, 31);
        Trajectory met = TrajectoryCalculator.compute(passedSeries(0.752, 0.768), 0.75, end2019);
        assertThat(met.suggested()).isEqualTo(SuggestedStatus.ON_TRACK);
        assertThat(met.reason()).isEqualTo("The target date 31 December 2019 has passed and the observed value for"
                + " 2019 was 76.0% (95% CI 75.2% to 76.8%): the whole interval is at or above the target of 75%,"
                + " so the target was met.");
        assertThat(met.projection()).isEmpty();
        assertThat(met.atTarget()).isNull();
        assertThat(met.gapAtTarget()).isNull();
        assertThat(met.latest().period()).isEqualTo("2020");
        trend(met.trend(), 1.920439803129787, 1.5577233241186297, 2.284451735010898);
        assertThat(met.method()).contains("Target date passed", "95%");

        assertThat(TrajectoryCalculator.compute(passedSeries(0.740, 0.749), 0.75, end2019).suggested())
                .isEqualTo(SuggestedStatus.OFF_TRACK);
        assertThat(TrajectoryCalculator.compute(passedSeries(0.745, 0.775), 0.75, end2019).suggested())
                .isEqualTo(SuggestedStatus.CANNOT_TELL);
        // the latest period ends on the target date: judged on it
        assertThat(TrajectoryCalculator.compute(passedSeries(0.752, 0.768), 0.75, LocalDate.of(2020, 12, 31))
                .reason()).contains("observed value for 2020 was 77.0%");
    }

    @Test
    void passedTargetWithoutLimitsUsesWilsonFromCountsElseTheValueAlone() {
        LocalDate march = LocalDate.of(2024, 3, 31);
        // 76/100: Wilson 95% 66.8% to 83.3% includes 75%, though the value alone is above it
        List<SeriesPoint> counted = List.of(counted("2024-01", 70, 100), counted("2024-02", 73, 100),
                counted("2024-03", 76, 100));
        Trajectory wilson = TrajectoryCalculator.compute(counted, 0.75, march);
        assertThat(wilson.suggested()).isEqualTo(SuggestedStatus.CANNOT_TELL);
        assertThat(wilson.reason()).contains("2024-03 was 76.0% (Wilson 95% CI 66.8% to 83.3%)");

        List<SeriesPoint> bare = List.of(SeriesPoint.of("2024-01", 0.70), SeriesPoint.of("2024-02", 0.76));
        Trajectory alone = TrajectoryCalculator.compute(bare, 0.75, LocalDate.of(2024, 2, 10));
        assertThat(alone.suggested()).isEqualTo(SuggestedStatus.ON_TRACK);
        assertThat(alone.reason()).contains("(no confidence interval), at or above the target of 75%");
        assertThat(alone.trend()).isNull();
        assertThat(TrajectoryCalculator.compute(bare, 0.77, LocalDate.of(2024, 2, 10)).suggested())
                .isEqualTo(SuggestedStatus.OFF_TRACK);

        List<SeriesPoint> onlyAfter = List.of(SeriesPoint.of("2030", 0.8));
        assertThat(TrajectoryCalculator.compute(onlyAfter, 0.75, END_2028).reason())
                .contains("no value was observed for a period starting on or before it");
    }

    @Test
    void emptySeriesCannotTell() {
        Trajectory t = TrajectoryCalculator.compute(List.of(), 0.75, END_2028);
        assertThat(t.cadence()).isNull();
        assertThat(t.latest()).isNull();
        assertThat(t.gapNow()).isNull();
        assertThat(t.trend()).isNull();
        assertThat(t.projection()).isEmpty();
        assertThat(t.atTarget()).isNull();
        assertThat(t.suggested()).isEqualTo(SuggestedStatus.CANNOT_TELL);
        assertThat(t.reason()).startsWith("No observed values");
        assertThat(t.method()).contains("95%");

        Trajectory allSuppressed = TrajectoryCalculator.compute(List.of(SeriesPoint.of("2019", null)), 0.75, END_2028);
        assertThat(allSuppressed.latest()).isNull();
        assertThat(allSuppressed.suggested()).isEqualTo(SuggestedStatus.CANNOT_TELL);
    }

    @Test
    void twoPointsGiveNoTrend() {
        Trajectory t = TrajectoryCalculator.compute(List.of(SeriesPoint.of("2018", 0.55), SeriesPoint.of("2019",
                0.56), SeriesPoint.of("2020", null)), 0.75, END_2028);
        assertThat(t.trend()).isNull();
        assertThat(t.projection()).isEmpty();
        assertThat(t.atTarget()).isNull();
        assertThat(t.latest().period()).isEqualTo("2019");
        assertThat(t.gapNow()).isCloseTo(0.19, within(1e-12));
        assertThat(t.suggested()).isEqualTo(SuggestedStatus.CANNOT_TELL);
        assertThat(t.reason()).isEqualTo("Only 2 observed periods have a value strictly between 0% and 100%: at"
                + " least 3 are needed for a trend.");
    }

    @Test
    void onlyZeroAndFullPointsNeverThrow() {
        List<SeriesPoint> series = List.of(counted("2017", 0, 5), counted("2018", 5, 5), counted("2019", 0, 4),
                counted("2020", 3, 3));
        Trajectory t = TrajectoryCalculator.compute(series, 0.5, END_2028);
        assertThat(t.latest().value()).isEqualTo(1.0);
        assertThat(t.trend()).isNull();
        assertThat(t.suggested()).isEqualTo(SuggestedStatus.CANNOT_TELL);
        assertThat(t.reason()).startsWith("No observed period has a value strictly between 0% and 100%");
    }

    @Test
    void identicalValuesGiveAZeroWidthTrend() {
        List<SeriesPoint> flat = List.of(SeriesPoint.of("2019", 0.6), SeriesPoint.of("2020", 0.6),
                SeriesPoint.of("2021", 0.6));
        Trajectory t = TrajectoryCalculator.compute(flat, 0.75, END_2028);
        assertThat(t.trend().estimate()).isCloseTo(0, within(1e-9));
        assertThat(t.atTarget().value()).isCloseTo(0.6, within(1e-12));
        assertThat(t.suggested()).isEqualTo(SuggestedStatus.OFF_TRACK);
    }

    @Test
    void programmingErrorsThrow() {
        List<SeriesPoint> ok = List.of(SeriesPoint.of("2019", 0.5));
        assertThatThrownBy(() -> TrajectoryCalculator.compute(List.of(SeriesPoint.of("2019", 0.5),
                SeriesPoint.of("2020-01", 0.5)), 0.75, END_2028))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes annual and monthly");
        assertThatThrownBy(() -> TrajectoryCalculator.compute(ok, 1.5, END_2028))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrajectoryCalculator.compute(ok, -0.1, END_2028))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrajectoryCalculator.compute(ok, 0.75, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrajectoryCalculator.compute(List.of(SeriesPoint.of("2019", 0.5),
                SeriesPoint.of("2019", 0.6)), 0.75, END_2028)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeriesPoint.of("2019/20", 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeriesPoint.of("2023-13", 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeriesPoint.of("2023", 55.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cadence.of("Q1 2023")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Cadence.of("2023")).isEqualTo(Cadence.ANNUAL);
        assertThat(Cadence.of("2023-10")).isEqualTo(Cadence.MONTHLY);
    }

    @Test
    void statusIdsAndLabels() {
        assertThat(SuggestedStatus.ON_TRACK.id()).isEqualTo("on_track");
        assertThat(SuggestedStatus.ON_TRACK.label()).isEqualTo("On track");
        assertThat(SuggestedStatus.CANNOT_TELL.id()).isEqualTo("cannot_tell");
        assertThat(SuggestedStatus.CANNOT_TELL.label()).isEqualTo("Cannot tell");
    }

    private static List<SeriesPoint> passedSeries(double lower2019, double upper2019) {
        return List.of(SeriesPoint.published("2015", 0.70, 0.69, 0.71), SeriesPoint.published("2016", 0.72, 0.71, 0.73),
                SeriesPoint.published("2017", 0.73, 0.72, 0.74), SeriesPoint.published("2018", 0.75, 0.74, 0.76),
                SeriesPoint.published("2019", 0.76, lower2019, upper2019),
                SeriesPoint.published("2020", 0.77, 0.76, 0.78));
    }

    private static SeriesPoint counted(String period, int x, int n) {
        return new SeriesPoint(period, BigDecimal.valueOf(x), BigDecimal.valueOf(n), (double) x / n, null, null);
    }

    private static void trend(Trend trend, double estimate, double lower, double upper) {
        close(trend.estimate(), estimate);
        close(trend.lower95(), lower);
        close(trend.upper95(), upper);
    }

    private static void projected(ProjectedPoint p, double value, double lower, double upper) {
        close(p.value(), value);
        close(p.lower95(), lower);
        close(p.upper95(), upper);
    }

    private static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * RELATIVE));
    }
}
