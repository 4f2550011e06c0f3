package org.rarewatch.app.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.downloads.DownloadTable;
import org.rarewatch.app.downloads.TableCell;
import org.rarewatch.app.figures.CommitmentTrajectory;
import org.rarewatch.app.figures.DashboardCancer;
import org.rarewatch.app.figures.FigureSnapshot;
import org.rarewatch.app.figures.IndicatorLink;
import org.rarewatch.app.figures.Proportions;
import org.rarewatch.app.published.PublishedFigure;
import org.rarewatch.app.render.DatedValue;
import org.rarewatch.app.render.GroupValue;
import org.rarewatch.app.render.RenderedChart;
import org.rarewatch.app.render.SvgChart;
import org.rarewatch.app.render.Threshold;
import org.rarewatch.engine.classification.CwtCancerType;
import org.rarewatch.engine.classification.cwtfds.FdsSuspectedCancerTypes;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.waitingtimes.Thresholds;
import org.springframework.stereotype.Component;

/** Builds the per-cancer pages from a figure snapshot (once per snapshot and cancer). */
@Component
class CancerViews {

    static final String FDS = "cwt_fds_28d";
    private static final double EARLY_TARGET = 0.75;

    private final Thresholds thresholds;
    private final CommitmentStatuses statuses;

    CancerViews(Thresholds thresholds, CommitmentStatuses statuses) {
        this.thresholds = thresholds;
        this.statuses = statuses;
    }

    CancerView view(FigureSnapshot s, DashboardCancer cancer) {
        return s.view("cancer:" + cancer.slug(), snap -> build(snap, cancer));
    }

    private CancerView build(FigureSnapshot s, DashboardCancer cancer) {
        String base = "/cancers/" + cancer.slug();
        Map<String, RenderedChart> charts = new LinkedHashMap<>();
        List<CancerView.EarlyGroup> early = new ArrayList<>();
        for (String group : cancer.registryGroups()) {
            earlyGroup(s, group, base, charts).ifPresent(early::add);
        }
        CwtCancerType type = cancer.fdsType() == null ? null : FdsSuspectedCancerTypes.bySlug(cancer.fdsType()).orElse(null);
        DashTable fds = null;
        ChartView fdsChart = null;
        String fdsLatest = null;
        if (type != null) {
            List<IndicatorRow> months = rows(s, FDS, type.label());
            fds = fdsTable(months, type, base + "/faster-diagnosis");
            if (!months.isEmpty()) {
                IndicatorRow last = months.get(months.size() - 1);
                fdsLatest = Formats.percent(Proportions.share(last, last.value())) + " in " + last.period();
                List<DatedValue> points = months.stream().map(r -> new DatedValue(YearMonth.parse(r.period()).atDay(1),
                        Proportions.share(r, r.value()), Proportions.share(r, r.lower95()),
                        Proportions.share(r, r.upper95()))).toList();
                RenderedChart chart = SvgChart.monthlyPerformance(ChartIds.of("fds", cancer.slug()),
                        type.label() + ": people told within 28 days, by month, England", "Performance", points,
                        fdsSteps());
                charts.put(chart.id(), chart);
                fdsChart = new ChartView(chart, base + "/charts/" + chart.id() + ".svg");
            }
        }
        List<org.rarewatch.app.figures.FiguresReference.RarecareEntity> rarecare = cancer.rarecareEntities().stream()
                .map(e -> statuses.reference().rarecare(e).orElseThrow()).toList();
        return new CancerView(cancer, early, s.registrySynthetic(), s.registrySource(), type, fds, fdsChart, fdsLatest,
                rarecare, survival(s, cancer, base), commitments(s, cancer, base), charts);
    }

    private Optional<CancerView.EarlyGroup> earlyGroup(FigureSnapshot s, String group, String base,
            Map<String, RenderedChart> charts) {
        List<IndicatorRow> nhs = rows(s, "early_nhs", group);
        if (nhs.isEmpty()) {
            return Optional.empty();
        }
        String slug = group.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        List<String> headers = List.of("Year", "NHS measure: stage 1-2", "95% interval", "Staged (known stage)",
                "Staging completeness", "NHS measure covers", "Inclusive measure: stage 1-2", "95% interval",
                "Inclusive measure covers", "Flags");
        List<List<String>> shown = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        List<GroupValue> values = new ArrayList<>();
        for (IndicatorRow n : nhs) {
            IndicatorRow completeness = row(s, "early_nhs_completeness", group, n.period());
            IndicatorRow coverage = row(s, "early_nhs_coverage", group, n.period());
            IndicatorRow inclusive = row(s, "early_inclusive", group, n.period());
            IndicatorRow inclusiveCoverage = row(s, "early_inclusive_coverage", group, n.period());
            String flags = String.join(", ", n.flags().stream().filter(f -> !f.startsWith("sdc=")).toList());
            shown.add(List.of(n.period(), Formats.percent(n.value()), Formats.interval(n.lower95(), n.upper95()),
                    Formats.count(n.denominator()), value(completeness), value(coverage), value(inclusive),
                    inclusive == null ? "" : Formats.interval(inclusive.lower95(), inclusive.upper95()),
                    value(inclusiveCoverage), flags));
            cells.add(List.of(TableCell.text(n.period()), TableCell.number(Formats.percentNumber(n.value())),
                    TableCell.number(Formats.percentNumber(n.lower95())), TableCell.number(Formats.percentNumber(n.upper95())),
                    TableCell.number(n.numerator()), TableCell.number(n.denominator()),
                    TableCell.number(completeness == null ? null : Formats.percentNumber(completeness.value())),
                    TableCell.number(coverage == null ? null : Formats.percentNumber(coverage.value())),
                    TableCell.number(inclusive == null ? null : Formats.percentNumber(inclusive.value())),
                    TableCell.number(inclusive == null ? null : Formats.percentNumber(inclusive.lower95())),
                    TableCell.number(inclusive == null ? null : Formats.percentNumber(inclusive.upper95())),
                    TableCell.number(inclusiveCoverage == null ? null : Formats.percentNumber(inclusiveCoverage.value())),
                    TableCell.text(String.join("; ", n.flags())), TableCell.text(n.definitionVersion()),
                    TableCell.text(n.method()), TableCell.text(n.source())));
            values.add(new GroupValue(n.period(), "NHS measure", n.value(), n.lower95(), n.upper95()));
            if (inclusive != null) {
                values.add(new GroupValue(n.period(), "Inclusive measure", inclusive.value(), inclusive.lower95(),
                        inclusive.upper95()));
            }
        }
        String caption = group + ": cancers diagnosed at stage 1 or 2 by year"
                + (s.registrySynthetic() ? " (SYNTHETIC data)" : "");
        DownloadTable download = new DownloadTable(caption, List.of("Year", "NHS measure (%)", "NHS lower 95% (%)",
                "NHS upper 95% (%)", "Stage 1-2", "Staged", "Staging completeness (%)", "NHS measure coverage (%)",
                "Inclusive measure (%)", "Inclusive lower 95% (%)", "Inclusive upper 95% (%)",
                "Inclusive measure coverage (%)", "Flags", "Definition version", "Method", "Source"), cells);
        DashTable table = new DashTable("early-" + slug, caption, headers, shown, download, base + "/early-diagnosis-" + slug);

        IndicatorRow lastNhs = nhs.get(nhs.size() - 1);
        String year = lastNhs.period();
        DashTable coverage = coverageTable(s, group, year, base + "/early-diagnosis-coverage-" + slug, slug);
        RenderedChart chart = SvgChart.groupComparison(ChartIds.of("early", slug),
                group + ": NHS and inclusive early-diagnosis measures by year against the 75% ambition"
                        + (s.registrySynthetic() ? " (synthetic data)" : ""),
                values, EARLY_TARGET,
                "75% ambition (NHS Long Term Plan)");
        charts.put(chart.id(), chart);
        IndicatorRow lastInclusive = row(s, "early_inclusive", group, year);
        IndicatorRow lastInclusiveCoverage = row(s, "early_inclusive_coverage", group, year);
        IndicatorRow lastNhsCoverage = row(s, "early_nhs_coverage", group, year);
        return Optional.of(new CancerView.EarlyGroup(group, table, coverage,
                new ChartView(chart, base + "/charts/" + chart.id() + ".svg"), year, Formats.percent(lastNhs.value()),
                value(lastInclusive), value(lastInclusiveCoverage), value(lastNhsCoverage)));
    }

    private static DashTable coverageTable(FigureSnapshot s, String group, String year, String path, String slug) {
        List<List<String>> shown = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        s.computed().stream()
                .filter(r -> r.indicator().startsWith("early_inclusive_share_") && r.cancerGroup().equals(group)
                        && r.period().equals(year))
                .forEach(r -> {
                    String category = r.indicator().substring("early_inclusive_share_".length()).replace('_', ' ');
                    shown.add(List.of(category, Formats.count(r.numerator()), Formats.percent(r.value())));
                    cells.add(List.of(TableCell.text(category), TableCell.number(r.numerator()),
                            TableCell.number(r.denominator()), TableCell.number(Formats.percentNumber(r.value())),
                            TableCell.text(String.join("; ", r.flags()))));
                });
        String caption = group + ": how every tumour of " + year + " is counted by the inclusive measure"
                + (s.registrySynthetic() ? " (SYNTHETIC data)" : "");
        return new DashTable("coverage-" + slug, caption, List.of("Category", "Tumours", "Share of all tumours"), shown,
                new DownloadTable(caption, List.of("Category", "Tumours", "All tumours in scope", "Share (%)", "Flags"),
                        cells), path);
    }

    private DashTable fdsTable(List<IndicatorRow> months, CwtCancerType type, String path) {
        List<List<String>> shown = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        for (IndicatorRow r : months) {
            String threshold = thresholdOf(r).map(t -> t.percent().stripTrailingZeros().toPlainString() + "%").orElse("none");
            String against = r.flags().contains("below_threshold") ? "Below the standard"
                    : r.flags().contains("meets_threshold") ? "Meets the standard" : "No standard in force";
            shown.add(List.of(r.period(), Formats.count(r.numerator()), Formats.count(r.denominator()),
                    Formats.percent(Proportions.share(r, r.value())),
                    Formats.interval(Proportions.share(r, r.lower95()), Proportions.share(r, r.upper95())), threshold,
                    against));
            cells.add(List.of(TableCell.text(r.period()), TableCell.number(r.numerator()),
                    TableCell.number(r.denominator()), TableCell.number(r.value()), TableCell.number(r.lower95()),
                    TableCell.number(r.upper95()), TableCell.text(threshold), TableCell.text(against),
                    TableCell.text(r.method()), TableCell.text(r.definitionVersion()), TableCell.text(r.source())));
        }
        String caption = type.label() + ": Faster Diagnosis Standard by month, England";
        return new DashTable("fds", caption, List.of("Month", "Told within 28 days", "Told diagnosis", "Performance",
                "95% interval", "Standard in force", "Against the standard"), shown,
                new DownloadTable(caption, List.of("Month", "Told within 28 days", "Told diagnosis", "Performance (%)",
                        "Lower 95% limit (%)", "Upper 95% limit (%)", "Standard in force", "Against the standard",
                        "Method", "Definition version", "Source"), cells), path);
    }

    private Optional<org.rarewatch.engine.waitingtimes.Threshold> thresholdOf(IndicatorRow r) {
        return r.flags().stream().filter(f -> f.startsWith("threshold:")).map(f -> f.substring(10)).findFirst()
                .flatMap(id -> thresholds.all().stream().filter(t -> t.id().equals(id)).findFirst());
    }

    /** Operational Faster Diagnosis Standard thresholds with the date each took effect. */
    List<Threshold> fdsSteps() {
        return thresholds.all().stream()
                .filter(t -> t.standardId().equals(FDS) && t.percent() != null && t.from() != null
                        && t.kind().equals(Thresholds.OPERATIONAL))
                .map(t -> new Threshold(t.from(), t.percent().doubleValue() / 100)).toList();
    }

    private static DashTable survival(FigureSnapshot s, DashboardCancer cancer, String base) {
        if (cancer.survivalSite().isEmpty()) {
            return null;
        }
        List<PublishedFigure> figures = s.published().stream()
                .filter(f -> f.indicator().equals("survival_5yr_net") && f.cancerGroup().startsWith(cancer.survivalSite()))
                .sorted(Comparator.comparing(PublishedFigure::period).reversed().thenComparing(PublishedFigure::cancerGroup))
                .toList();
        List<List<String>> shown = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        for (PublishedFigure f : figures) {
            shown.add(List.of(f.period(), f.cancerGroup(), f.value().stripTrailingZeros().toPlainString() + f.unit(),
                    f.sourceTitle() + " (" + f.publicationDate() + ")", f.note() == null ? "" : f.note()));
            cells.add(List.of(TableCell.text(f.period()), TableCell.text(f.cancerGroup()), TableCell.number(f.value()),
                    TableCell.text(f.unit()), TableCell.text(f.sourceTitle()), TableCell.text(f.sourceUrl()),
                    TableCell.text(f.publicationDate()), TableCell.text(f.note() == null ? "" : f.note())));
        }
        String caption = cancer.label() + ": five-year net survival as published";
        return new DashTable("survival", caption, List.of("Diagnosed", "Group", "Five-year net survival", "Source", "Note"),
                shown, new DownloadTable(caption, List.of("Diagnosed", "Group", "Value", "Unit", "Source", "URL",
                        "Published", "Note"), cells), base + "/survival");
    }

    /** The trajectory scopes that are this cancer's own: its registry groups and its suspected-cancer type. */
    static List<String> ownScopes(DashboardCancer cancer) {
        List<String> scopes = new ArrayList<>(cancer.registryGroups());
        if (cancer.fdsType() != null) {
            FdsSuspectedCancerTypes.bySlug(cancer.fdsType()).ifPresent(t -> scopes.add(t.label()));
        }
        return scopes;
    }

    private DashTable commitments(FigureSnapshot s, DashboardCancer cancer, String base) {
        List<String> scopes = ownScopes(cancer);
        scopes.add(cancer.bigFour() ? CommitmentTrajectory.BIG_FOUR : CommitmentTrajectory.RARE_AND_LESS_COMMON);
        List<List<String>> shown = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        CommitmentStatuses.Statuses known = statuses.of(s);
        Map<String, List<IndicatorLink>> byCommitment = new LinkedHashMap<>();
        statuses.reference().links().forEach(l -> byCommitment.computeIfAbsent(l.commitmentId(), k -> new ArrayList<>()).add(l));
        for (var e : byCommitment.entrySet()) {
            Commitment c = known.commitment(e.getKey()).orElse(null);
            if (c == null) {
                continue;
            }
            String assessed = known.latestAssessment(c.id());
            for (CommitmentTrajectory t : s.trajectoriesOf(c.id())) {
                if (!scopes.contains(t.scope())) {
                    continue;
                }
                String target = t.link().targetLabel();
                shown.add(List.of(c.id(), c.summary(), t.link().indicator(), t.scopeLabel(), target,
                        Formats.percent(t.trajectory().latest() == null ? null : t.trajectory().latest().value()),
                        t.statusLabel(), assessed));
                cells.add(List.of(TableCell.text(c.id()), TableCell.text(c.summary()), TableCell.text(t.link().indicator()),
                        TableCell.text(t.scopeLabel()), TableCell.text(target),
                        TableCell.text(t.trajectory().latest() == null ? "" : t.trajectory().latest().period()),
                        TableCell.number(t.trajectory().latest() == null ? null
                                : Formats.percentNumber(t.trajectory().latest().value())),
                        TableCell.text(t.statusLabel()), TableCell.text(assessed)));
            }
        }
        String caption = cancer.label() + ": commitments that apply and where they stand";
        return new DashTable("commitments", caption, List.of("Commitment", "Summary", "Indicator", "For", "Target",
                "Latest", "Trajectory", "Latest published assessment"), shown,
                new DownloadTable(caption, List.of("Commitment", "Summary", "Indicator", "For", "Target", "Latest period",
                        "Latest value (%)", "Trajectory status", "Latest published assessment"), cells),
                base + "/commitments");
    }

    /** The national rows (all sexes and ages) of one indicator and group, by period; indexed once per snapshot. */
    static List<IndicatorRow> rows(FigureSnapshot s, String indicator, String group) {
        Map<String, List<IndicatorRow>> index = s.view("national rows by indicator and group", snap -> {
            Map<String, List<IndicatorRow>> byKey = new java.util.HashMap<>();
            snap.computed().stream()
                    .filter(r -> IndicatorRow.ALL.equals(r.sex()) && IndicatorRow.ALL.equals(r.ageBand())
                            && IndicatorRow.ENGLAND.equals(r.geography()))
                    .sorted(Comparator.comparing(IndicatorRow::period))
                    .forEach(r -> byKey.computeIfAbsent(r.indicator() + "\u0000" + r.cancerGroup(),
                            k -> new ArrayList<>()).add(r));
            return byKey;
        });
        return index.getOrDefault(indicator + "\u0000" + group, List.of());
    }

    private static IndicatorRow row(FigureSnapshot s, String indicator, String group, String period) {
        return rows(s, indicator, group).stream().filter(r -> r.period().equals(period)).findFirst().orElse(null);
    }

    private static String value(IndicatorRow r) {
        return r == null ? "" : Formats.percent(Proportions.share(r, r.value()));
    }
}
