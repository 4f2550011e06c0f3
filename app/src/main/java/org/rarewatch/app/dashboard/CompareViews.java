package org.rarewatch.app.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.app.figures.CommitmentTrajectory;
import org.rarewatch.app.figures.FigureSnapshot;
import org.rarewatch.app.figures.IndicatorLink;
import org.rarewatch.app.render.GroupValue;
import org.rarewatch.app.render.RenderedChart;
import org.rarewatch.app.render.SvgChart;
import org.rarewatch.engine.trajectory.ProjectedPoint;
import org.rarewatch.engine.trajectory.SeriesPoint;
import org.springframework.stereotype.Component;

/** {@code /compare}: rare and less common cancers beside the big four, against each linked target. */
@Component
class CompareViews {

    record Comparison(IndicatorLink link, String commitmentSummary, ChartView chart, DashTable table,
                      boolean synthetic) {
    }

    record CompareView(List<Comparison> comparisons, Map<String, RenderedChart> charts) {
    }

    private final CommitmentStatuses statuses;

    CompareViews(CommitmentStatuses statuses) {
        this.statuses = statuses;
    }

    CompareView view(FigureSnapshot s) {
        return s.view("compare", this::build);
    }

    private CompareView build(FigureSnapshot s) {
        Map<String, List<CommitmentTrajectory>> byLink = new LinkedHashMap<>();
        s.trajectories().stream()
                .filter(t -> !t.link().overallOnly() && t.headline())
                .forEach(t -> byLink.computeIfAbsent(t.link().key(), k -> new ArrayList<>()).add(t));
        Map<String, RenderedChart> charts = new LinkedHashMap<>();
        List<Comparison> out = new ArrayList<>();
        for (List<CommitmentTrajectory> ts : byLink.values()) {
            IndicatorLink link = ts.get(0).link();
            List<GroupValue> values = new ArrayList<>();
            for (CommitmentTrajectory t : ts) {
                SeriesPoint latest = t.trajectory().latest();
                if (latest != null && latest.value() != null) {
                    values.add(new GroupValue("Latest (" + latest.period() + ")", t.scopeLabel(), latest.value(),
                            latest.lower95(), latest.upper95()));
                }
            }
            for (CommitmentTrajectory t : ts) {
                ProjectedPoint at = t.trajectory().atTarget();
                if (at != null) {
                    values.add(new GroupValue("Projected (" + link.targetDate() + ")", t.scopeLabel(), at.value(),
                            at.lower95(), at.upper95()));
                }
            }
            ChartView chart = null;
            if (!values.isEmpty()) {
                RenderedChart c = SvgChart.groupComparison(ChartIds.of("compare", link.key()),
                        "Rare and less common cancers and the big four: " + link.indicator() + " against "
                                + link.targetLabel() + (ts.get(0).synthetic() ? " (synthetic data)" : ""),
                        values, link.targetProportion(), link.targetLabel());
                charts.put(c.id(), c);
                chart = new ChartView(c, "/compare/charts/" + c.id() + ".svg");
            }
            String summary = statuses.of(s).commitment(link.commitmentId()).map(c -> c.summary()).orElse("");
            out.add(new Comparison(link, summary, chart, TrajectoryViews.table(ts, "/compare/" + link.key()),
                    ts.get(0).synthetic()));
        }
        return new CompareView(out, charts);
    }
}
