package org.rarewatch.app.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.rarewatch.app.tracker.CitedFigure;

/**
 * A figure an edition cites, as the report shows it. Cited figures are published national statistics
 * (the tracker records no geography for them), so disclosure control treats them as national.
 */
public record CitedReportFigure(CitedFigure cited) implements ReportFigure {

    public static final String DEFINITION = "cited: as defined by the source";

    @Override
    public String commitmentId() {
        return cited.commitmentId();
    }

    @Override
    public String label() {
        return cited.label();
    }

    @Override
    public String valueText() {
        return cited.value();
    }

    @Override
    public BigDecimal value() {
        try {
            return new BigDecimal(cited.value().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public BigDecimal lower95() {
        return null;
    }

    @Override
    public BigDecimal upper95() {
        return null;
    }

    @Override
    public String unit() {
        return cited.unit();
    }

    @Override
    public String period() {
        return cited.period();
    }

    @Override
    public String geography() {
        return "As published (national)";
    }

    @Override
    public boolean national() {
        return true;
    }

    @Override
    public boolean isCount() {
        return !unit().strip().startsWith("%") && !unit().toLowerCase(Locale.ROOT).contains("percent");
    }

    @Override
    public String definitionVersion() {
        return DEFINITION;
    }

    @Override
    public String sourceTitle() {
        return cited.sourceTitle();
    }

    @Override
    public String sourceUrl() {
        return cited.url();
    }

    @Override
    public String comparisonGroup() {
        return null;
    }
}
