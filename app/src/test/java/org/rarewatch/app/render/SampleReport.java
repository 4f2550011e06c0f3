package org.rarewatch.app.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rarewatch.engine.stats.Confidence;
import org.rarewatch.engine.stats.Interval;
import org.rarewatch.engine.stats.Wilson;

/**
 * A realistic report-shaped document for the rendering tests: cover, contents with page numbers, headings
 * h1–h3, user-entered text with markup, charts with descriptions and tables, links. The counts are
 * illustrative test fixtures, not published figures, and the document says so.
 */
final class SampleReport {
    static final String USER_TEXT = "Clinicians said <script>alert('x')</script> & \"waits\" < 28 days matter.";

    private SampleReport() {
    }

    static DatedValue wilson(LocalDate date, int x, int n) {
        Interval ci = Wilson.interval(x, n, Confidence.NINETY_FIVE);
        return DatedValue.of(date, (double) x / n, ci.lower(), ci.upper());
    }

    static GroupValue wilson(String category, String group, int x, int n) {
        Interval ci = Wilson.interval(x, n, Confidence.NINETY_FIVE);
        return new GroupValue(category, group, (double) x / n, ci.lower(), ci.upper());
    }

    static RenderedChart fdsChart() {
        int[][] counts = {{412, 579}, {398, 541}, {371, 520}, {425, 566}, {390, 512}, {433, 560}, {452, 577},
            {447, 570}, {461, 585}, {455, 569}, {470, 590}, {481, 598}};
        List<DatedValue> months = new ArrayList<>();
        LocalDate month = LocalDate.of(2023, 10, 1);
        for (int[] c : counts) {
            months.add(wilson(month, c[0], c[1]));
            month = month.plusMonths(1);
        }
        return SvgChart.monthlyPerformance("fds-sarcoma", "Faster Diagnosis Standard, suspected sarcoma, England",
                "Performance", months,
                List.of(new Threshold(LocalDate.of(2023, 4, 1), 0.75), new Threshold(LocalDate.of(2024, 3, 1), 0.77)));
    }

    static RenderedChart comparisonChart() {
        return SvgChart.groupComparison("stage-compare", "Cancers diagnosed at stage 1 or 2, by group",
                List.of(wilson("2019", "Rare and less common", 17_120, 40_250),
                        wilson("2019", "Big four", 86_400, 150_100),
                        wilson("2020", "Rare and less common", 15_010, 36_900),
                        wilson("2020", "Big four", 72_300, 131_800),
                        wilson("2021", "Rare and less common", 17_900, 41_300),
                        wilson("2021", "Big four", 89_100, 153_400)),
                0.75, "Early diagnosis ambition");
    }

    static RenderedChart trajectoryChart() {
        List<DatedValue> observed = new ArrayList<>();
        int[][] counts = {{14_800, 36_100}, {16_050, 38_700}, {17_120, 40_250}, {15_010, 36_900}, {17_900, 41_300}};
        for (int i = 0; i < counts.length; i++) {
            observed.add(wilson(LocalDate.of(2017 + i, 1, 1), counts[i][0], counts[i][1]));
        }
        List<DatedValue> projected = List.of(
                DatedValue.of(LocalDate.of(2021, 1, 1), 0.4334, 0.4286, 0.4382),
                DatedValue.of(LocalDate.of(2023, 1, 1), 0.4430, 0.4310, 0.4551),
                DatedValue.of(LocalDate.of(2025, 1, 1), 0.4527, 0.4330, 0.4726),
                DatedValue.of(LocalDate.of(2028, 1, 1), 0.4674, 0.4370, 0.4980));
        return SvgChart.trajectory("stage-trajectory", "Early diagnosis of rare and less common cancers: trajectory",
                "The share diagnosed at stage 1 or 2", observed, projected, LocalDate.of(2028, 1, 1), 0.75);
    }

    static String xhtml(String userText) {
        RenderedChart fds = fdsChart();
        RenderedChart compare = comparisonChart();
        String safe = Xml.escape(userText);
        StringBuilder body = new StringBuilder();
        body.append("""
                <div class="cover">
                <h1>Rare and less common cancers: progress report 2024</h1>
                <p class="lede">An independent review of national cancer-plan commitments</p>
                <div class="cover-band">
                <p>Edition 2024, figures as of 30 September 2024</p>
                <p>Snapshot sha256:3f9a0c…e41b</p>
                <p>Illustrative figures produced to test the report layout; not published statistics.</p>
                </div>
                </div>
                <nav class="contents" aria-label="Contents">
                <h2 id="contents">Contents</h2>
                <ol>
                <li><a href="#summary" title="Summary of findings">Summary of findings</a></li>
                <li><a href="#early" title="Early diagnosis">Early diagnosis</a></li>
                <li class="sub"><a href="#early-compare" title="Rare and less common vs the big four">Rare and less common vs the big four</a></li>
                <li><a href="#faster" title="Faster diagnosis">Faster diagnosis</a></li>
                <li><a href="#voices" title="What people told us">What people told us</a></li>
                <li><a href="#methods" title="Methods and data sources">Methods and data sources</a></li>
                </ol>
                </nav>
                <section class="chapter">
                <h2 id="summary">Summary of findings</h2>
                <p>Of the 24 commitments we follow, 6 are on track, 11 are off track and 7 cannot yet be judged
                because the data needed to measure them is not published.</p>
                <table>
                <caption>Commitments by status</caption>
                <thead><tr><th scope="col">Status</th><th scope="col">Commitments</th></tr></thead>
                <tbody>
                <tr><th scope="row">On track</th><td>6</td></tr>
                <tr><th scope="row">Off track</th><td>11</td></tr>
                <tr><th scope="row">Cannot tell</th><td>7</td></tr>
                </tbody>
                </table>
                <div class="inset"><p>Recommendation 1: count all cancers, not only those that can be staged, in
                the early-diagnosis target.</p></div>
                </section>
                <section class="chapter">
                <h2 id="early">Early diagnosis</h2>
                <p>The ambition is that 75% of cancers are diagnosed at stage 1 or 2 by 2028. The national measure
                counts only stageable cancers; many rare and less common cancers have no stage and are left out.</p>
                <h3 id="early-compare">Rare and less common vs the big four</h3>
                """);
        body.append(compare.toFigureXhtml());
        body.append(trajectoryChart().toFigureXhtml());
        body.append("""
                </section>
                <section class="chapter">
                <h2 id="faster">Faster diagnosis</h2>
                <p>The Faster Diagnosis Standard asks that people referred urgently with suspected cancer are told
                whether they have cancer within 28 days. The threshold rose from 75% to 77% in March 2024.</p>
                """);
        body.append(fds.toFigureXhtml());
        body.append("""
                </section>
                <section class="chapter">
                <h2 id="voices">What people told us</h2>
                <p>Evidence submitted by a member charity:</p>
                """);
        body.append("<blockquote><p>").append(safe).append("</p></blockquote>\n");
        body.append("""
                <h2 id="methods">Methods and data sources</h2>
                <p>Proportions carry 95% Wilson score intervals. Waiting-times figures come from the
                <a href="https://www.england.nhs.uk/statistics/statistical-work-areas/cancer-waiting-times/"
                title="NHS England cancer waiting times statistics">NHS England cancer waiting times statistics</a>.</p>
                <ul><li>Definition version cwt_fds_28d v1</li><li>Disclosure-control policy rarewatch-sdc-1</li></ul>
                </section>
                """);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">
                <head>
                <meta charset="UTF-8"/>
                <title>Rare and less common cancers: progress report 2024</title>
                <meta name="subject" content="Progress on national cancer-plan commitments for people with rare and less common cancers"/>
                <meta name="author" content="Rarewatch"/>
                </head>
                <body>
                """.stripLeading() + body + "</body>\n</html>\n";
    }
}
