package org.rarewatch.app.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.render.GroupValue;
import org.rarewatch.app.render.SvgChart;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.CitedFigure;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.EditionRecommendation;
import org.rarewatch.app.tracker.Recommendation;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.app.tracker.TrackerService;
import org.rarewatch.engine.disclosure.DisclosurePolicy;
import org.springframework.stereotype.Service;

/** Reads one edition's snapshot (checking its content hash) and everything around it into a {@link ReportModel}. */
@Service
public class ReportAssembler {

    private final TrackerQueries queries;
    private final TrackerService tracker;
    private final ReportRepository repository;
    private final DisclosurePolicy policy = DisclosurePolicy.DEFAULT;

    public ReportAssembler(TrackerQueries queries, TrackerService tracker, ReportRepository repository) {
        this.queries = queries;
        this.tracker = tracker;
        this.repository = repository;
    }

    public ReportModel assemble(int year) {
        Edition edition = queries.edition(year);
        String hash = tracker.contentHash(edition);
        if (edition.published() && !hash.equals(edition.contentHash())) {
            throw new ReportRefusedException("edition " + year + " is published with content hash "
                    + edition.contentHash() + " but its stored content hashes to " + hash
                    + "; the snapshot has been altered, so no report is built");
        }
        TrackerQueries.EditionView view = queries.editionView(year);
        Instant date = edition.published() && edition.publishedAt() != null ? edition.publishedAt().toInstant()
                : edition.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<AssessmentStatus, Integer> counts = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            counts.put(s, 0);
        }
        view.assessments().forEach(a -> counts.merge(a.assessment().status(), 1, Integer::sum));

        Map<String, List<ReportModel.CommitmentSection>> byTheme = new LinkedHashMap<>();
        Map<String, String> themeLabels = new LinkedHashMap<>();
        List<TrackerQueries.AssessmentView> ordered = view.assessments().stream()
                .sorted(Comparator.comparingInt((TrackerQueries.AssessmentView a) -> a.commitment().sortOrder())
                        .thenComparing(a -> a.commitment().id()))
                .toList();
        for (TrackerQueries.AssessmentView a : ordered) {
            Commitment c = a.commitment();
            List<ReportFigure> figures = a.assessment().figures().stream()
                    .<ReportFigure>map(CitedReportFigure::new).toList();
            List<ControlledFigure> controlled = figures.stream().map(f -> ControlledFigure.control(f, policy)).toList();
            themeLabels.putIfAbsent(c.theme(), c.themeLabel());
            byTheme.computeIfAbsent(c.theme(), k -> new ArrayList<>()).add(new ReportModel.CommitmentSection(c,
                    a.assessment(), controlled, charts(c, controlled),
                    a.recommendations().stream().map(EditionRecommendation::recommendationId).toList()));
        }
        List<ReportModel.Theme> themes = byTheme.entrySet().stream()
                .map(e -> new ReportModel.Theme(e.getKey(), themeLabels.get(e.getKey()), e.getValue())).toList();

        List<ReportModel.RecommendationEntry> recommendations = view.recommendations().stream()
                .map(r -> new ReportModel.RecommendationEntry(r.identity(), r.current(),
                        r.history().stream().filter(h -> h.editionYear() <= year)
                                .sorted(Comparator.comparingInt(EditionRecommendation::editionYear)).toList(),
                        Recommendation.ALLIANCE.equals(r.identity().origin()) && r.identity().firstEdition() == year))
                .toList();

        Edition previous = queries.editions().stream()
                .filter(e -> e.year() < year && e.published())
                .max(Comparator.comparingInt(Edition::year)).orElse(null);
        TrackerQueries.Diff diff = previous == null ? null : queries.diff(previous.year(), year);
        List<ReportModel.FigureChange> figureChanges = previous == null ? List.of()
                : figureChanges(queries.editionView(previous.year()), view);

        TreeSet<String> definitions = new TreeSet<>();
        themes.forEach(t -> t.commitments().forEach(c -> c.figures()
                .forEach(f -> definitions.add(f.figure().definitionVersion()))));

        return new ReportModel(edition, view.plan(), !edition.published(), hash, date, counts, themes,
                recommendations, previous, diff, figureChanges, repository.datasets(), List.copyOf(definitions),
                policy.name(), policySummary(), repository.releases(edition));
    }

    /**
     * Charts for a commitment: rare and less common vs the big four against the target when its figures
     * have both sides; otherwise each percentage figure against the commitment's percentage target.
     */
    private static List<ReportModel.ChartEntry> charts(Commitment c, List<ControlledFigure> figures) {
        Double target = percentTarget(c);
        if (target == null) {
            return List.of();
        }
        List<ControlledFigure> shown = figures.stream()
                .filter(f -> f.treatment() != DisclosurePolicy.Treatment.SUPPRESSED && !f.figure().isCount()
                        && f.figure().value() != null)
                .toList();
        List<GroupValue> comparison = new ArrayList<>();
        for (ControlledFigure f : shown) {
            String group = f.figure().comparisonGroup();
            if (group != null) {
                comparison.add(groupValue(f.figure(), f.figure().period(), group));
            }
        }
        boolean bothSides = comparison.stream().anyMatch(v -> v.group().equals(ReportFigure.RARE_AND_LESS_COMMON))
                && comparison.stream().anyMatch(v -> v.group().equals(ReportFigure.BIG_FOUR));
        String id = c.id().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (bothSides) {
            return List.of(new ReportModel.ChartEntry(SvgChart.groupComparison("chart-" + id + "-groups",
                    "Rare and less common cancers and the big four against the target: " + c.summary(),
                    comparison, target, "Target (" + c.target() + ")")));
        }
        List<ReportModel.ChartEntry> charts = new ArrayList<>();
        for (ControlledFigure f : shown) {
            double v = f.figure().value().doubleValue() / 100;
            if (v < 0 || v > 1) {
                continue;
            }
            charts.add(new ReportModel.ChartEntry(SvgChart.groupComparison(
                    "chart-" + id + "-" + (charts.size() + 1),
                    f.figure().label() + ", against the target",
                    List.of(groupValue(f.figure(), f.figure().period(), "As published")), target,
                    "Target (" + c.target() + ", " + c.targetDate() + ")")));
        }
        return charts;
    }

    private static GroupValue groupValue(ReportFigure f, String category, String group) {
        return new GroupValue(category.isBlank() ? "—" : category, group, f.value().doubleValue() / 100,
                f.lower95() == null ? null : f.lower95().doubleValue() / 100,
                f.upper95() == null ? null : f.upper95().doubleValue() / 100);
    }

    /** The commitment's target as a proportion when it is a percentage ("80", "% within 28 days"), else null. */
    static Double percentTarget(Commitment c) {
        if (!c.targetUnit().strip().startsWith("%") || c.targetValue().isBlank()) {
            return null;
        }
        try {
            double v = new BigDecimal(c.targetValue().strip()).doubleValue() / 100;
            return v >= 0 && v <= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<ReportModel.FigureChange> figureChanges(TrackerQueries.EditionView before,
            TrackerQueries.EditionView after) {
        Map<String, CitedFigure> a = figuresByKey(before);
        Map<String, CitedFigure> b = figuresByKey(after);
        List<ReportModel.FigureChange> changes = new ArrayList<>();
        for (var e : a.entrySet()) {
            CitedFigure next = b.get(e.getKey());
            String was = shown(e.getValue());
            if (next == null) {
                changes.add(new ReportModel.FigureChange(e.getValue().commitmentId(), e.getValue().label(), was, null));
            } else if (!shown(next).equals(was)) {
                changes.add(new ReportModel.FigureChange(next.commitmentId(), next.label(), was, shown(next)));
            }
        }
        for (var e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                changes.add(new ReportModel.FigureChange(e.getValue().commitmentId(), e.getValue().label(), null,
                        shown(e.getValue())));
            }
        }
        return changes;
    }

    private static Map<String, CitedFigure> figuresByKey(TrackerQueries.EditionView view) {
        Map<String, CitedFigure> m = new LinkedHashMap<>();
        view.assessments().forEach(a -> a.assessment().figures()
                .forEach(f -> m.put(f.commitmentId() + "\u0000" + f.label(), f)));
        return m;
    }

    private static String shown(CitedFigure f) {
        return f.value() + " " + f.unit() + (f.period().isBlank() ? "" : " (" + f.period() + ")");
    }

    private String policySummary() {
        return "Sub-national counts from 1 to " + policy.suppressUpTo().toPlainString()
                + " are suppressed and other sub-national counts are rounded to the nearest "
                + policy.roundingBase().toPlainString() + "; national counts are published exactly; zeros are "
                + "published. Figures based on fewer than " + policy.lowCountBelow().toPlainString()
                + " events, or on staging completeness below " + Math.round(policy.completenessBelow() * 100)
                + "%, are flagged as less reliable.";
    }

}
