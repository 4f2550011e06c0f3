package org.rarewatch.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.tracker.CitedFigure;
import org.rarewatch.engine.disclosure.DisclosurePolicy;
import org.rarewatch.engine.disclosure.DisclosurePolicy.Treatment;

/** Every report figure goes through rarewatch-sdc-1 before it is printed. */
class ControlledFigureTest {

    private static final DisclosurePolicy POLICY = DisclosurePolicy.DEFAULT;

    /** A computed figure, as a later issue will add: a count or a proportion at some geography. */
    private record Computed(String valueText, boolean national, boolean isCount) implements ReportFigure {
        public String commitmentId() { return "C-1"; }
        public String label() { return "people"; }
        public BigDecimal value() { return new BigDecimal(valueText); }
        public BigDecimal lower95() { return null; }
        public BigDecimal upper95() { return null; }
        public String unit() { return isCount ? "people" : "%"; }
        public String period() { return "2024"; }
        public String geography() { return national ? "England" : "an ICB"; }
        public String definitionVersion() { return "test v1"; }
        public String sourceTitle() { return "test"; }
        public String sourceUrl() { return "https://example.org"; }
        public String comparisonGroup() { return null; }
    }

    @Test
    void nationalCountsArePublishedExactlyAndNamed() {
        ControlledFigure f = ControlledFigure.control(new Computed("3", true, true), POLICY);
        assertThat(f.treatment()).isEqualTo(Treatment.EXACT);
        assertThat(f.shownValue()).isEqualTo("3");
        assertThat(f.policy()).isEqualTo("rarewatch-sdc-1");
    }

    @Test
    void subNationalCountsAreSuppressedOrRounded() {
        assertThat(ControlledFigure.control(new Computed("7", false, true), POLICY).shownValue()).isEqualTo("suppressed");
        assertThat(ControlledFigure.control(new Computed("1", false, true), POLICY).treatment()).isEqualTo(Treatment.SUPPRESSED);
        ControlledFigure rounded = ControlledFigure.control(new Computed("12.5", false, true), POLICY);
        assertThat(rounded.treatment()).isEqualTo(Treatment.ROUNDED);
        assertThat(rounded.shownValue()).isEqualTo("15");
        assertThat(ControlledFigure.control(new Computed("0", false, true), POLICY).shownValue()).isEqualTo("0");
    }

    @Test
    void proportionsArePublishedOnlyWhenNational() {
        assertThat(ControlledFigure.control(new Computed("54.5", true, false), POLICY).shownValue()).isEqualTo("54.5");
        assertThat(ControlledFigure.control(new Computed("54.5", false, false), POLICY).treatment())
                .isEqualTo(Treatment.SUPPRESSED);
    }

    @Test
    void citedFiguresAreNationalAndKeepTheSourcesWording() {
        CitedReportFigure count = new CitedReportFigure(new CitedFigure(2020, "LTP-24", 2, "consultants", "746",
                "consultants", "2016 to 2021", "HEE", "https://example.org"));
        ControlledFigure f = ControlledFigure.control(count, POLICY);
        assertThat(count.isCount()).isTrue();
        assertThat(f.treatment()).isEqualTo(Treatment.EXACT);
        assertThat(f.shownValue()).isEqualTo("746");
        CitedReportFigure share = new CitedReportFigure(new CitedFigure(2026, "NCP-03", 1, "FDS", "77",
                "% within 28 days", "2025-03", "NHS England", "https://example.org"));
        assertThat(share.isCount()).isFalse();
        assertThat(share.value()).isEqualByComparingTo("77");
        CitedReportFigure text = new CitedReportFigure(new CitedFigure(2026, "NCP-03", 2, "x", "not published", "",
                "", "s", "https://example.org"));
        assertThat(text.value()).isNull();
        assertThat(ControlledFigure.control(text, POLICY).shownValue()).isEqualTo("not published");
    }
}
