package org.rarewatch.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChartTableTest {
    @Test
    void xhtmlHasCaptionScopedHeadersAndEscapedText() {
        ChartTable table = new ChartTable("Sarcoma & bone <2024>", List.of("Month", "Value"),
                List.of(List.of("<script>x</script>", "71.1%")), "desc");
        assertThat(table.toXhtml()).isEqualTo("""
                <table class="chart-table">
                <caption>Sarcoma &amp; bone &lt;2024&gt;</caption>
                <thead><tr><th scope="col">Month</th><th scope="col">Value</th></tr></thead>
                <tbody>
                <tr><th scope="row">&lt;script&gt;x&lt;/script&gt;</th><td>71.1%</td></tr>
                </tbody>
                </table>""");
    }

    @Test
    void rowsMustMatchTheHeaders() {
        assertThatThrownBy(() -> new ChartTable("c", List.of("a", "b"), List.of(List.of("1")), "d"))
                .hasMessageContaining("has 1 cells for 2 headers");
    }

    @Test
    void figureCarriesCaptionSvgDescriptionAndTable() {
        RenderedChart chart = SampleReport.fdsChart();
        String figure = chart.toFigureXhtml();
        assertThat(figure).startsWith("<figure class=\"chart\" id=\"fds-sarcoma-figure\">")
                .contains("<figcaption>Faster Diagnosis Standard, suspected sarcoma, England</figcaption>")
                .contains(chart.svg()).contains("<p class=\"chart-description\">Performance rose from")
                .contains("<table class=\"chart-table\">");
    }

    @Test
    void xmlEscapingDropsCharactersXmlCannotCarry() {
        assertThat(Xml.escape("a\u0000b\u0007c\td'\"")).isEqualTo("abc\td&#39;&quot;");
    }
}
