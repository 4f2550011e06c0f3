package org.rarewatch.app.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.rarewatch.app.figures.CommitmentTrajectory;
import org.rarewatch.app.figures.DashboardCancer;
import org.rarewatch.app.figures.TrajectoryDecision;
import org.rarewatch.app.published.PublishedFigure;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.trajectory.ProjectedPoint;
import org.rarewatch.engine.trajectory.SeriesPoint;
import org.rarewatch.engine.trajectory.Trajectory;
import org.rarewatch.engine.trajectory.Trend;

/** JSON shapes of the figures API: tidy indicator rows, published figures with citations, trajectories. */
final class FiguresJson {

    private FiguresJson() {
    }

    /** The tidy row of PRODUCT.md §4.3, after disclosure control. */
    record IndicatorJson(String indicator, String definitionVersion, String cancerGroup, String geography,
                         String period, String sex, String ageBand, BigDecimal numerator, BigDecimal denominator,
                         Double value, Double lower95, Double upper95, String method, List<String> flags,
                         String source) {
        static IndicatorJson of(IndicatorRow r) {
            return new IndicatorJson(r.indicator(), r.definitionVersion(), r.cancerGroup(), r.geography(), r.period(),
                    r.sex(), r.ageBand(), r.numerator(), r.denominator(), r.value(), r.lower95(), r.upper95(),
                    r.method(), r.flags(), r.source());
        }
    }

    record IndicatorsJson(String figuresVersion, String disclosurePolicy, int count, List<IndicatorJson> rows) {
    }

    record PublishedJson(String indicator, String cancerGroup, String geography, String period, BigDecimal value,
                         String unit, BigDecimal numerator, BigDecimal denominator, BigDecimal lower95,
                         BigDecimal upper95, String sourceTitle, String sourceUrl, String publicationDate,
                         String note, String kind) {
        static PublishedJson of(PublishedFigure f) {
            return new PublishedJson(f.indicator(), f.cancerGroup(), f.geography(), f.period(), f.value(), f.unit(),
                    f.numerator(), f.denominator(), f.lower95(), f.upper95(), f.sourceTitle(), f.sourceUrl(),
                    f.publicationDate(), f.note(), "published figure, as cited");
        }
    }

    record TrendJson(String kind, double estimate, double lower95, double upper95, String unit, String method) {
        static TrendJson of(Trend t) {
            return t == null ? null : new TrendJson(t.kind(), t.estimate(), t.lower95(), t.upper95(), t.unit(), t.method());
        }
    }

    record DecisionJson(String decision, String status, String reason, String decidedBy, String decidedAt,
                        String onSuggestion) {
        static DecisionJson of(TrajectoryDecision d) {
            return d == null ? null : new DecisionJson(d.decision(), d.status(), d.reason(), d.decidedBy(),
                    d.decidedAt().toString(), d.suggested());
        }
    }

    record TrajectoryJson(String commitmentId, String link, String indicator, String scope, double target,
                          String targetDate, String targetLabel, String cadence, List<SeriesPoint> observed,
                          SeriesPoint latest, TrendJson trend, List<ProjectedPoint> projection,
                          ProjectedPoint atTarget, Double gapNow, Double gapAtTarget, String suggestedStatus,
                          String reason, String method, DecisionJson decision, String shownStatus,
                          boolean synthetic, String source, String linksVersion) {
        static TrajectoryJson of(CommitmentTrajectory t) {
            Trajectory tr = t.trajectory();
            return new TrajectoryJson(t.link().commitmentId(), t.link().key(), t.link().indicator(), t.scope(),
                    t.link().targetProportion(), t.link().targetDate().toString(), t.link().targetLabel(),
                    tr.cadence() == null ? null : tr.cadence().name().toLowerCase(java.util.Locale.ROOT), tr.observed(),
                    tr.latest(), TrendJson.of(tr.trend()), tr.projection(), tr.atTarget(), tr.gapNow(),
                    tr.gapAtTarget(), tr.suggested().id(), tr.reason(), tr.method(), DecisionJson.of(t.decision()),
                    t.statusLabel(), t.synthetic(), t.source(), t.link().version());
        }
    }

    record CancerSummaryJson(String slug, String label, String category, String rarity, String url) {
        static CancerSummaryJson of(DashboardCancer c, String rarity) {
            return new CancerSummaryJson(c.slug(), c.label(), c.category().label(), rarity, "/api/v1/cancers/" + c.slug());
        }
    }

    record CancerJson(String slug, String label, String category, String note, String dataQuality,
                      List<String> registryGroups, String fdsSuspectedCancerType, String rarity,
                      List<IndicatorJson> earlyDiagnosis, List<IndicatorJson> fasterDiagnosis,
                      List<PublishedJson> survival, List<TrajectoryJson> trajectories, boolean syntheticRegistryData,
                      String registrySource, String figuresVersion) {
    }
}
