package org.rarewatch.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SvgChartTest {
    private static final List<Threshold> FDS_THRESHOLDS = List.of(new Threshold(LocalDate.of(2023, 4, 1), 0.75),
            new Threshold(LocalDate.of(2023, 12, 1), 0.77));

    private static List<DatedValue> threeMonths() {
        return List.of(DatedValue.of(LocalDate.of(2023, 10, 1), 0.711, 0.68, 0.74),
                DatedValue.of(LocalDate.of(2023, 11, 1), 0.76, 0.73, 0.79),
                DatedValue.of(LocalDate.of(2023, 12, 1), 0.7849, 0.75, 0.81));
    }

    private static RenderedChart fds() {
        return SvgChart.monthlyPerformance("fds", "FDS <sarcoma> & bone", "Performance", threeMonths(), FDS_THRESHOLDS);
    }

    @Test
    void sameInputGivesByteIdenticalSvg() {
        assertThat(fds().svg()).isEqualTo(fds().svg());
        assertThat(SampleReport.comparisonChart().svg()).isEqualTo(SampleReport.comparisonChart().svg());
        assertThat(SampleReport.trajectoryChart().svg()).isEqualTo(SampleReport.trajectoryChart().svg());
    }

    @Test
    void outputDoesNotDependOnTheMachineLocaleOrTimeZone() {
        String reference = SampleReport.fdsChart().svg() + SampleReport.trajectoryChart().svg();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(SampleReport.fdsChart().svg() + SampleReport.trajectoryChart().svg()).isEqualTo(reference);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void differentDataGivesADifferentChart() {
        List<DatedValue> changed = new ArrayList<>(threeMonths());
        changed.set(1, DatedValue.of(LocalDate.of(2023, 11, 1), 0.70, 0.67, 0.73));
        RenderedChart other = SvgChart.monthlyPerformance("fds", "FDS <sarcoma> & bone", "Performance", changed,
                FDS_THRESHOLDS);
        assertThat(other.svg()).isNotEqualTo(fds().svg());
    }

    @Test
    void svgIsAnAccessibleImageSizedByItsViewBox() throws Exception {
        RenderedChart chart = fds();
        Element svg = parse(chart.svg()).getDocumentElement();
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("fds-title fds-desc");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 800 430");
        assertThat(svg.hasAttribute("width")).isFalse();
        assertThat(svg.hasAttribute("height")).isFalse();
        Element title = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
        Element desc = (Element) svg.getElementsByTagNameNS("*", "desc").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("fds-title");
        assertThat(title.getTextContent()).isEqualTo("FDS <sarcoma> & bone");
        assertThat(desc.getAttribute("id")).isEqualTo("fds-desc");
        assertThat(desc.getTextContent()).isEqualTo(chart.description());
    }

    @Test
    void everyIdIsPrefixedByTheChartIdSoTwoChartsCanShareAPage() {
        Matcher ids = Pattern.compile("\\bid=['\"]([^'\"]+)['\"]").matcher(fds().svg());
        int count = 0;
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith("fds");
            count++;
        }
        assertThat(count).isGreaterThan(3);
        assertThat(fds().svg()).doesNotContain("url(#_");
    }

    @Test
    void usesNhsColoursAndTheBundledFontAtReadableSizes() {
        String svg = fds().svg();
        assertThat(svg).contains("rgb(0,94,184)"); // NHS blue: performance
        assertThat(svg).contains("rgb(213,40,27)"); // NHS red: threshold
        assertThat(svg).contains("rgb(33,43,50)"); // NHS text colour
        assertThat(svg).contains("font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif");
        Matcher sizes = Pattern.compile("font-size: ?([0-9.]+)px").matcher(svg);
        int texts = 0;
        while (sizes.find()) {
            assertThat(Double.parseDouble(sizes.group(1))).isGreaterThanOrEqualTo(16);
            texts++;
        }
        assertThat(texts).isPositive();
        assertThat(svg).containsPattern("<text[^>]*>Dec 2023</text>");
    }

    @Test
    void performanceDescriptionAndTable() {
        RenderedChart chart = fds();
        assertThat(chart.description()).isEqualTo("Performance rose from 71.1% in October 2023 to 78.5% "
                + "(95% interval 75.0% to 81.0%) in December 2023. The threshold in force was 75% from October 2023, "
                + "then 77% from December 2023. Performance met the threshold in 2 of 3 months.");
        assertThat(chart.table().headers()).containsExactly("Month", "Performance", "Lower 95% limit",
                "Upper 95% limit", "Threshold in force", "Threshold met");
        assertThat(chart.table().rows()).containsExactly(
                List.of("October 2023", "71.1%", "68.0%", "74.0%", "75%", "No"),
                List.of("November 2023", "76.0%", "73.0%", "79.0%", "75%", "Yes"),
                List.of("December 2023", "78.5%", "75.0%", "81.0%", "77%", "Yes"));
    }

    @Test
    void monthsWithoutAFigureAreSaidSoAndLeftOutOfTheLine() {
        List<DatedValue> months = new ArrayList<>(threeMonths());
        months.set(1, new DatedValue(LocalDate.of(2023, 11, 1), null, null, null));
        RenderedChart chart = SvgChart.monthlyPerformance("fds", "FDS", "Performance", months, List.of());
        assertThat(chart.description()).isEqualTo("Performance rose from 71.1% in October 2023 to 78.5% "
                + "(95% interval 75.0% to 81.0%) in December 2023. Figures are not available for 1 month.");
        assertThat(chart.table().rows().get(1)).containsExactly("November 2023", "not available", "", "", "", "");
        RenderedChart none = SvgChart.monthlyPerformance("fds", "FDS", "Performance",
                List.of(new DatedValue(LocalDate.of(2023, 11, 1), null, null, null)), FDS_THRESHOLDS);
        assertThat(none.description()).isEqualTo("Performance: no figures are available for November 2023. "
                + "The threshold was 75% throughout.");
    }

    @Test
    void equalFirstAndLastAreNotCalledARise() {
        List<DatedValue> flat = List.of(DatedValue.of(LocalDate.of(2024, 1, 1), 0.8001, 0.78, 0.82),
                DatedValue.of(LocalDate.of(2024, 2, 1), 0.8004, 0.78, 0.82));
        assertThat(SvgChart.monthlyPerformance("x", "t", "Performance", flat, List.of()).description())
                .startsWith("Performance was 80.0% in January 2024 and again 80.0% (95% interval 78.0% to 82.0%) in"
                        + " February 2024.");
    }

    @Test
    void comparisonDescriptionGivesEveryGroupAndTheGapToTarget() {
        RenderedChart chart = SvgChart.groupComparison("cmp", "Stage 1–2", List.of(
                new GroupValue("2021", "Rare and less common", 0.433, 0.429, 0.438),
                new GroupValue("2021", "Big four", 0.581, 0.578, 0.583),
                new GroupValue("2022", "Rare and less common", 0.45, 0.44, 0.46),
                new GroupValue("2022", "Big four", 0.75, 0.74, 0.76)), 0.75, "Early diagnosis ambition");
        assertThat(chart.description()).isEqualTo("2021: Rare and less common 43.3% (95% interval 42.9% to 43.8%); "
                + "Big four 58.1% (95% interval 57.8% to 58.3%). 2022: Rare and less common 45.0% (95% interval 44.0% "
                + "to 46.0%); Big four 75.0% (95% interval 74.0% to 76.0%). Early diagnosis ambition: 75%. In 2022: "
                + "Rare and less common 30.0 percentage points below the target; Big four at the target.");
        assertThat(chart.table().rows().get(0)).containsExactly("2021", "Rare and less common", "43.3%", "42.9%",
                "43.8%", "31.7 percentage points below the target");
        assertThat(chart.svg()).contains(">Target 75%<").contains(">Rare and less common<").contains(">Big four<");
        assertThat(chart.svg().contains("viewBox='0 0 800 300'")).as("height grows with the categories").isTrue();
    }

    @Test
    void trajectoryDescriptionSaysWhetherTheIntervalReachesTheTarget() {
        List<DatedValue> observed = List.of(DatedValue.of(LocalDate.of(2020, 1, 1), 0.70, 0.68, 0.72),
                DatedValue.of(LocalDate.of(2022, 1, 1), 0.72, 0.70, 0.74));
        List<DatedValue> projected = List.of(DatedValue.of(LocalDate.of(2026, 1, 1), 0.74, 0.70, 0.78),
                DatedValue.of(LocalDate.of(2030, 1, 1), 0.76, 0.70, 0.82));
        RenderedChart chart = SvgChart.trajectory("traj", "Trajectory", "The share diagnosed early", observed,
                projected, LocalDate.of(2026, 3, 31), 0.75);
        assertThat(chart.description()).isEqualTo("The share diagnosed early was 70.0% in 2020 and 72.0% (95% "
                + "interval 70.0% to 74.0%) in 2022. The target is 75% by March 2026. On the current trend it is "
                + "projected to be 74.0% (95% interval 70.0% to 78.0%) by 2026, 1.0 percentage points below the "
                + "target. The interval includes the target.");
        assertThat(chart.table().rows()).hasSize(5);
        assertThat(chart.table().rows().get(4)).containsExactly("March 2026", "Target", "75%", "", "");
        assertThat(chart.svg()).contains(">Target: 75% by March 2026<").contains(">2030<");
    }

    @Test
    void missingFiguresAndMissingProjectionStillGiveAChartThatSaysSo() {
        RenderedChart comparison = SvgChart.groupComparison("cmp", "t", List.of(
                new GroupValue("2022", "Rare and less common", null, null, null),
                new GroupValue("2022", "Big four", 0.6, null, null)), 0.75, "Ambition");
        assertThat(comparison.description()).isEqualTo("2022: Rare and less common not available; Big four 60.0%. "
                + "Ambition: 75%. In 2022: Big four 15.0 percentage points below the target.");
        assertThat(comparison.table().rows().get(0)).containsExactly("2022", "Rare and less common", "not available",
                "", "", "");
        RenderedChart trajectory = SvgChart.trajectory("traj", "t", "The share", List.of(
                DatedValue.of(LocalDate.of(2021, 1, 1), 0.5, 0.45, 0.55)), List.of(), LocalDate.of(2028, 3, 31), 0.75);
        assertThat(trajectory.description()).isEqualTo("The share was 50.0% (95% interval 45.0% to 55.0%) in 2021. "
                + "The target is 75% by March 2028. No projection is available.");
        assertThat(trajectory.svg()).contains(">Target: 75% by March 2028<");
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SvgChart.monthlyPerformance("Bad Id", "t", "m", threeMonths(), List.of()))
                .hasMessageContaining("chart id");
        assertThatThrownBy(() -> DatedValue.of(LocalDate.of(2024, 1, 1), 0.5, 0.6, 0.7))
                .hasMessageContaining("does not contain");
        assertThatThrownBy(() -> DatedValue.of(LocalDate.of(2024, 1, 1), 1.5, 0.6, 0.7))
                .hasMessageContaining("proportion");
        assertThatThrownBy(() -> new DatedValue(LocalDate.of(2024, 1, 1), 0.5, 0.4, null))
                .hasMessageContaining("both limits");
        assertThatThrownBy(() -> SvgChart.monthlyPerformance("x", "t", "m", List.of(), List.of()))
                .hasMessageContaining("nothing to chart");
        List<DatedValue> twice = List.of(threeMonths().get(0), threeMonths().get(0));
        assertThatThrownBy(() -> SvgChart.monthlyPerformance("x", "t", "m", twice, List.of()))
                .hasMessageContaining("two values for 2023-10-01");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
