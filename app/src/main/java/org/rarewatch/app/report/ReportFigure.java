package org.rarewatch.app.report;

import java.math.BigDecimal;

/**
 * A number the annual report publishes, with everything a reader needs to judge it: where it comes from,
 * what it measures (definition and version), where it applies, and its 95% interval when it is an estimate.
 *
 * <p>Today every report figure is a figure the edition cites ({@link CitedReportFigure}); computed indicator
 * figures (waiting times, stage shares from the registry engine) implement this same interface and are
 * rendered by the same templates.
 */
public interface ReportFigure {

    /** The commitment the figure belongs to (the report shows it under that commitment's assessment). */
    String commitmentId();

    String label();

    /** The value as the source states it, e.g. "54.5". */
    String valueText();

    /** The value as a number, or null when the source gives no number (e.g. "not published"). */
    BigDecimal value();

    /** Lower 95% limit, or null (published figures usually come without one). */
    BigDecimal lower95();

    /** Upper 95% limit, or null. */
    BigDecimal upper95();

    String unit();

    String period();

    /** "England" for national figures; disclosure control publishes national counts exactly. */
    String geography();

    boolean national();

    /** Whether {@link #value()} is a count of people or events (disclosure control rounds and suppresses counts). */
    boolean isCount();

    /** Indicator definition and version, e.g. "cited: as defined by the source" or "stage12_share v1". */
    String definitionVersion();

    String sourceTitle();

    String sourceUrl();

    /**
     * For the "rare and less common vs big four" comparison: {@link #RARE_AND_LESS_COMMON}, {@link #BIG_FOUR}
     * or null when the figure is not one side of that comparison.
     */
    String comparisonGroup();

    String RARE_AND_LESS_COMMON = "Rare and less common";
    String BIG_FOUR = "Big four";
}
