package org.rarewatch.app.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.app.downloads.DownloadTable;
import org.rarewatch.app.downloads.TableCell;
import org.rarewatch.app.figures.CommitmentTrajectory;
import org.rarewatch.app.figures.FigureService;
import org.rarewatch.app.figures.FigureSnapshot;
import org.rarewatch.app.figures.FiguresReference;
import org.rarewatch.app.figures.IndicatorLink;
import org.rarewatch.app.published.PublishedFigure;
import org.rarewatch.app.render.DatedValue;
import org.rarewatch.app.render.RenderedChart;
import org.rarewatch.app.render.SvgChart;
import org.rarewatch.engine.trajectory.ProjectedPoint;
import org.rarewatch.engine.trajectory.SeriesPoint;
import org.rarewatch.engine.trajectory.Trajectory;
import org.springframework.stereotype.Component;

/** The trajectories of one commitment as a page shows them: per linked indicator, a chart and a table. */
@Component
class TrajectoryViews {

    private final FiguresReference reference;

    TrajectoryViews(FiguresReference reference) {
        this.reference = reference;
    }

    /** One linked indicator and target: a chart per headline scope, and a table of every scope. */
    record LinkSection(IndicatorLink link, List<ChartView> charts, DashTable table, List<CommitmentTrajectory> headline,
                       boolean synthetic, boolean published, String source, List<PublishedFigure> cited) {
    }

    record CommitmentFigures(String commitmentId, List<LinkSection> sections, List<IndicatorLink> context,
                             Map<String, RenderedChart> charts) {
    }

    CommitmentFigures view(FigureSnapshot s, String commitmentId) {
        return s.view("commitment:" + commitmentId, snap -> build(snap, commitmentId));
    }

    private CommitmentFigures build(FigureSnapshot s, String commitmentId) {
        String base = "/commitments/" + commitmentId;
        Map<String, RenderedChart> charts = new LinkedHashMap<>();
        Map<String, List<CommitmentTrajectory>> byLink = new LinkedHashMap<>();
        s.trajectoriesOf(commitmentId).forEach(t -> byLink.computeIfAbsent(t.link().key(), k -> new ArrayList<>()).add(t));
        List<LinkSection> sections = new ArrayList<>();
        for (List<CommitmentTrajectory> ts : byLink.values()) {
            IndicatorLink link = ts.get(0).link();
            List<ChartView> linkCharts = new ArrayList<>();
            List<CommitmentTrajectory> headline = ts.stream().filter(CommitmentTrajectory::headline).toList();
            for (CommitmentTrajectory t : headline) {
                chart(t).ifPresent(c -> {
                    charts.put(c.id(), c);
                    linkCharts.add(new ChartView(c, base + "/charts/" + c.id() + ".svg"));
                });
            }
            List<PublishedFigure> cited = !ts.get(0).published() ? List.of() : s.published().stream()
                    .filter(f -> f.indicator().equals(link.indicator())).toList();
            sections.add(new LinkSection(link, linkCharts, table(ts, base + "/trajectories/" + link.key()), headline,
                    ts.get(0).synthetic(), ts.get(0).published(), ts.get(0).source(), cited));
        }
        List<IndicatorLink> context = reference.linksOf(commitmentId).stream().filter(l -> !l.hasTarget()).toList();
        return new CommitmentFigures(commitmentId, sections, context, charts);
    }

    static java.util.Optional<RenderedChart> chart(CommitmentTrajectory t) {
        Trajectory tr = t.trajectory();
        List<DatedValue> observed = tr.observed().stream().filter(p -> p.value() != null).map(TrajectoryViews::dated).toList();
        if (observed.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<DatedValue> projected = tr.projection().stream()
                .map(p -> new DatedValue(p.date(), p.value(), p.lower95(), p.upper95())).toList();
        String id = ChartIds.of("trajectory", t.link().key(), t.scopeSlug());
        String measure = t.link().indicator() + " (" + t.scopeLabel() + ")";
        return java.util.Optional.of(SvgChart.trajectory(id, t.scopeLabel() + ": " + t.link().indicator()
                        + " against " + t.link().targetLabel() + (t.synthetic() ? " (synthetic data)" : ""),
                measure, observed, projected, t.link().targetDate(), t.link().targetProportion()));
    }

    private static DatedValue dated(SeriesPoint p) {
        return new DatedValue(FigureService.periodStart(p.period()), p.value(), p.lower95(), p.upper95());
    }

    static DashTable table(List<CommitmentTrajectory> ts, String path) {
        IndicatorLink link = ts.get(0).link();
        List<List<String>> shown = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        for (CommitmentTrajectory t : ts) {
            Trajectory tr = t.trajectory();
            SeriesPoint latest = tr.latest();
            ProjectedPoint at = tr.atTarget();
            String trend = tr.trend() == null ? "" : String.format(java.util.Locale.UK, "%+.2f %s (%.2f to %.2f)",
                    tr.trend().estimate(), tr.trend().unit(), tr.trend().lower95(), tr.trend().upper95());
            String decision = t.decision() == null ? "" : (t.decision().overridden() ? "Overridden: "
                    + t.decision().statusLabel() + " (" + t.decision().reason() + ")" : "Accepted")
                    + " by " + t.decision().decidedBy();
            shown.add(List.of(t.scopeLabel(), latest == null ? "no data" : latest.period() + ": "
                            + Formats.percent(latest.value()) + (latest.lower95() == null ? ""
                            : " (" + Formats.interval(latest.lower95(), latest.upper95()) + ")"),
                    trend, at == null ? "" : Formats.percent(at.value()) + " (" + Formats.interval(at.lower95(), at.upper95()) + ")",
                    Formats.points(tr.gapNow()), tr.suggested().label(), decision));
            cells.add(List.of(TableCell.text(t.scopeLabel()), TableCell.text(latest == null ? "" : latest.period()),
                    TableCell.number(latest == null ? null : Formats.percentNumber(latest.value())),
                    TableCell.number(latest == null ? null : Formats.percentNumber(latest.lower95())),
                    TableCell.number(latest == null ? null : Formats.percentNumber(latest.upper95())),
                    TableCell.text(tr.trend() == null ? "" : tr.trend().kind()),
                    TableCell.number(tr.trend() == null ? null : tr.trend().estimate()),
                    TableCell.number(tr.trend() == null ? null : tr.trend().lower95()),
                    TableCell.number(tr.trend() == null ? null : tr.trend().upper95()),
                    TableCell.text(tr.trend() == null ? "" : tr.trend().unit()),
                    TableCell.number(at == null ? null : Formats.percentNumber(at.value())),
                    TableCell.number(at == null ? null : Formats.percentNumber(at.lower95())),
                    TableCell.number(at == null ? null : Formats.percentNumber(at.upper95())),
                    TableCell.number(Formats.percentNumber(link.targetProportion())),
                    TableCell.text(link.targetDate().toString()),
                    TableCell.number(tr.gapNow() == null ? null : tr.gapNow() * 100),
                    TableCell.text(tr.suggested().label()), TableCell.text(tr.reason()),
                    TableCell.text(t.decision() == null ? "" : t.decision().decision()),
                    TableCell.text(t.decision() == null ? "" : t.decision().statusLabel()),
                    TableCell.text(t.decision() == null ? "" : t.decision().reason()),
                    TableCell.text(tr.method()), TableCell.text(link.version()),
                    TableCell.text(t.synthetic() ? "SYNTHETIC " + t.source() : t.source())));
        }
        String caption = link.commitmentId() + ": " + link.indicator() + " against " + link.targetLabel()
                + (ts.get(0).synthetic() ? " (SYNTHETIC data)" : "");
        return new DashTable("trajectory-" + link.key(), caption, List.of("For", "Latest (95% interval)",
                "Trend (95% interval)", "Projected at target date (95% interval)", "Gap to target now",
                "Suggested status", "Editor's decision"), shown,
                new DownloadTable(caption, List.of("For", "Latest period", "Latest (%)", "Latest lower 95% (%)",
                        "Latest upper 95% (%)", "Trend", "Trend estimate", "Trend lower 95%", "Trend upper 95%",
                        "Trend unit", "Projected at target date (%)", "Projected lower 95% (%)",
                        "Projected upper 95% (%)", "Target (%)", "Target date", "Gap to target now (points)",
                        "Suggested status", "Why", "Decision", "Decided status", "Decision reason", "Method",
                        "Links version", "Source"), cells), path);
    }
}
