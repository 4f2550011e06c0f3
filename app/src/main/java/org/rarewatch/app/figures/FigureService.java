package org.rarewatch.app.figures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.rarewatch.app.published.PublishedFigure;
import org.rarewatch.app.published.PublishedFigureStore;
import org.rarewatch.app.registry.RegistryRelease;
import org.rarewatch.app.registry.RegistryReleaseStore;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.app.waitingtimes.CwtReleaseStore;
import org.rarewatch.app.waitingtimes.WaitingTimesService;
import org.rarewatch.engine.disclosure.DisclosureControl;
import org.rarewatch.engine.earlydiagnosis.EarlyDiagnosis;
import org.rarewatch.engine.disclosure.TableStructure;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.io.Sha256;
import org.rarewatch.engine.trajectory.SeriesPoint;
import org.rarewatch.engine.trajectory.Trajectory;
import org.rarewatch.engine.trajectory.TrajectoryCalculator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the {@link FigureSnapshot} every public figure comes from: computed rows from the current registry
 * and waiting-times releases, run through the engine's disclosure control; published figures with their
 * citations; and a trajectory for every linked commitment and scope. Rebuilt only when its version changes
 * (an import, or an editor's decision).
 */
@Service
public class FigureService {

    /** Flag on every row that comes from a synthetic registry extract. */
    public static final String SYNTHETIC = "synthetic";

    private final RegistryReleaseStore registry;
    private final PublishedFigureStore published;
    private final WaitingTimesService waits;
    private final TrajectoryDecisions decisions;
    private final FiguresReference reference;
    private final TrackerQueries tracker;
    private final JdbcClient jdbc;
    /**
     * How long a snapshot is served before its version is checked again: under load, most requests then need
     * no query at all. An import by another process shows within this time; a decision taken here at once.
     */
    static final long RECHECK_MILLIS = 1000;

    private final AtomicReference<FigureSnapshot> cached = new AtomicReference<>();
    private volatile long checkedAt;

    public FigureService(RegistryReleaseStore registry, PublishedFigureStore published, WaitingTimesService waits,
            TrajectoryDecisions decisions, FiguresReference reference, TrackerQueries tracker, JdbcClient jdbc) {
        this.registry = registry;
        this.published = published;
        this.waits = waits;
        this.decisions = decisions;
        this.reference = reference;
        this.tracker = tracker;
        this.jdbc = jdbc;
    }

    public FiguresReference reference() {
        return reference;
    }

    public FigureSnapshot snapshot() {
        FigureSnapshot current = cached.get();
        long now = System.nanoTime() / 1_000_000;
        if (current != null && now - checkedAt < RECHECK_MILLIS) {
            return current;
        }
        FigureSnapshot checked = check(current);
        checkedAt = now;
        return checked;
    }

    /** Forget the snapshot's check time, so that the next request looks for changes (after a decision). */
    public void invalidate() {
        checkedAt = Long.MIN_VALUE / 2;
    }

    private FigureSnapshot check(FigureSnapshot current) {
        Optional<RegistryRelease> registryRelease = registry.current();
        List<CwtReleaseStore.ReleaseSummary> cwt = waits.releases();
        List<PublishedFigure> figures = published.current();
        long lastDecision = decisions.lastId();
        StringBuilder key = new StringBuilder(FiguresReference.VERSION);
        registryRelease.ifPresent(r -> key.append("|r:").append(r.sha256()));
        cwt.forEach(r -> key.append("|c:").append(r.sha256()).append(':').append(r.currentMonths()));
        new LinkedHashSet<>(figures.stream().map(PublishedFigure::releaseSha256).toList())
                .forEach(s -> key.append("|p:").append(s));
        key.append("|d:").append(lastDecision);
        // editions' statuses and stories appear beside the figures: every tracker write is in its change history
        tracker.editions().forEach(e -> key.append("|e:").append(e.year()).append(':').append(e.contentHash())
                .append(':').append(e.version()));
        key.append("|t:").append(jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM tracker_change").query(Long.class).single());
        String version = Sha256.hex(key.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        if (current != null && current.version().equals(version)) {
            return current;
        }
        FigureSnapshot built = build(version, registryRelease, cwt, figures);
        cached.set(built);
        return built;
    }

    private FigureSnapshot build(String version, Optional<RegistryRelease> registryRelease,
            List<CwtReleaseStore.ReleaseSummary> cwt, List<PublishedFigure> figures) {
        Instant lastModified = Instant.EPOCH;
        for (CwtReleaseStore.ReleaseSummary r : cwt) {
            lastModified = max(lastModified, r.importedAt());
        }
        if (registryRelease.isPresent()) {
            lastModified = max(lastModified, registryRelease.get().importedAt().toInstant());
        }
        for (var r : published.releases()) {
            lastModified = max(lastModified, r.importedAt());
        }
        Map<String, TrajectoryDecision> taken = decisions.current();
        for (TrajectoryDecision d : taken.values()) {
            lastModified = max(lastModified, d.decidedAt().toInstant());
        }
        boolean synthetic = registryRelease.map(RegistryRelease::synthetic).orElse(false);
        List<IndicatorRow> computed = new ArrayList<>();
        computed.addAll(controlRegistry(registry.currentRows(), synthetic));
        computed.addAll(waits.nationalMonthlyRows()); // through disclosure control in WaitingTimesService
        String registrySource = registryRelease.map(r -> (r.synthetic() ? "SYNTHETIC registry extract " : "Registry extract ")
                + r.fileName() + " (SHA-256 " + r.sha256() + ")").orElse(null);
        String cwtSource = cwt.isEmpty() ? null : "NHS England CWT-CRS provider extracts (" + cwt.size()
                + " releases; the current release for each month)";
        List<CommitmentTrajectory> trajectories = trajectories(computed, figures, synthetic, registrySource, cwtSource,
                taken);
        return new FigureSnapshot(version, lastModified, computed, figures, trajectories, synthetic, registrySource,
                cwtSource, null);
    }

    private static List<IndicatorRow> controlRegistry(List<IndicatorRow> rows, boolean synthetic) {
        TableStructure structure = TableStructure.builder().nationalGeography(IndicatorRow.ENGLAND)
                .completeness("early_nhs", "early_nhs_completeness").build();
        List<IndicatorRow> controlled = DisclosureControl.apply(rows, structure);
        if (!synthetic) {
            return controlled;
        }
        return controlled.stream().map(r -> {
            List<String> flags = new ArrayList<>(r.flags());
            flags.add(SYNTHETIC);
            return new IndicatorRow(r.indicator(), r.definitionVersion(), r.cancerGroup(), r.geography(), r.period(),
                    r.sex(), r.ageBand(), r.numerator(), r.denominator(), r.value(), r.lower95(), r.upper95(),
                    r.method(), flags, r.source());
        }).toList();
    }

    private List<CommitmentTrajectory> trajectories(List<IndicatorRow> computed, List<PublishedFigure> figures,
            boolean synthetic, String registrySource, String cwtSource, Map<String, TrajectoryDecision> taken) {
        List<CommitmentTrajectory> out = new ArrayList<>();
        for (IndicatorLink link : reference.links()) {
            if (!link.hasTarget()) {
                continue;
            }
            boolean isPublished = figures.stream().anyMatch(f -> f.indicator().equals(link.indicator()));
            for (String scope : scopes(link, computed)) {
                List<SeriesPoint> series = isPublished ? publishedSeries(figures, link.indicator(), scope)
                        : computedSeries(computed, link.indicator(), scope);
                if (series.isEmpty() && !scope.equals(IndicatorRow.ALL)) {
                    continue;
                }
                Trajectory t = TrajectoryCalculator.compute(series, link.targetProportion(), link.targetDate());
                boolean fromRegistry = link.indicator().startsWith("early_") && !isPublished;
                String source = isPublished ? sources(figures, link.indicator())
                        : fromRegistry ? registrySource : cwtSource;
                out.add(new CommitmentTrajectory(link, scope, t, source == null ? "no data imported" : source,
                        fromRegistry && synthetic, isPublished,
                        taken.get(TrajectoryDecisions.key(link.key(), scope))));
            }
        }
        return out;
    }

    /**
     * The labels each headline scope has in the data: the waiting-times measures say {@code all}, {@code Rare and
     * less common}, {@code Big four}; the registry measures say {@code All cancers}, {@code Rare and less common
     * cancers}, {@code Big four cancers}.
     */
    static final Map<String, List<String>> HEADLINE_LABELS = Map.of(
            IndicatorRow.ALL, List.of(IndicatorRow.ALL, EarlyDiagnosis.ALL_CANCERS),
            CommitmentTrajectory.RARE_AND_LESS_COMMON,
            List.of(CommitmentTrajectory.RARE_AND_LESS_COMMON, EarlyDiagnosis.RARE_AND_LESS_COMMON),
            CommitmentTrajectory.BIG_FOUR, List.of(CommitmentTrajectory.BIG_FOUR, EarlyDiagnosis.BIG_FOUR));

    /** Groups that are not a cancer (records whose type or site could not be classified). */
    private static final Set<String> NOT_A_SCOPE = Set.of("Unknown", "Missing or Invalid");

    /** True when a row's cancer group is the given scope (a headline scope under any of its labels). */
    public static boolean inScope(String cancerGroup, String scope) {
        return HEADLINE_LABELS.getOrDefault(scope, List.of(scope)).contains(cancerGroup);
    }

    /** England overall, rare and less common, big four, then every group the data has for the indicator. */
    private static List<String> scopes(IndicatorLink link, List<IndicatorRow> computed) {
        Set<String> scopes = new LinkedHashSet<>(List.of(IndicatorRow.ALL));
        if (link.overallOnly()) {
            return List.copyOf(scopes);
        }
        scopes.add(CommitmentTrajectory.RARE_AND_LESS_COMMON);
        scopes.add(CommitmentTrajectory.BIG_FOUR);
        Set<String> headlineLabels = new java.util.HashSet<>();
        HEADLINE_LABELS.values().forEach(headlineLabels::addAll);
        computed.stream().filter(r -> r.indicator().equals(link.indicator())).map(IndicatorRow::cancerGroup)
                .filter(g -> !headlineLabels.contains(g) && !NOT_A_SCOPE.contains(g))
                .sorted().forEach(scopes::add);
        return List.copyOf(scopes);
    }

    static List<SeriesPoint> computedSeries(List<IndicatorRow> rows, String indicator, String group) {
        return rows.stream()
                .filter(r -> r.indicator().equals(indicator) && inScope(r.cancerGroup(), group)
                        && r.geography().equals(IndicatorRow.ENGLAND) && IndicatorRow.ALL.equals(r.sex())
                        && IndicatorRow.ALL.equals(r.ageBand()))
                .sorted(Comparator.comparing(IndicatorRow::period))
                .map(r -> {
                    double scale = Proportions.scale(r);
                    return new SeriesPoint(r.period(), r.numerator(), r.denominator(), divide(r.value(), scale),
                            divide(r.lower95(), scale), divide(r.upper95(), scale));
                })
                .toList();
    }

    static List<SeriesPoint> publishedSeries(List<PublishedFigure> figures, String indicator, String group) {
        return figures.stream()
                .filter(f -> f.indicator().equals(indicator) && f.cancerGroup().equals(group)
                        && f.geography().equals(IndicatorRow.ENGLAND) && "%".equals(f.unit())
                        && f.period().matches("\\d{4}(-\\d{2})?"))
                .sorted(Comparator.comparing(PublishedFigure::period))
                .map(f -> new SeriesPoint(f.period(), f.numerator(), f.denominator(), percent(f.value()),
                        percent(f.lower95()), percent(f.upper95())))
                .toList();
    }

    private static String sources(List<PublishedFigure> figures, String indicator) {
        return String.join("; ", new LinkedHashSet<>(figures.stream().filter(f -> f.indicator().equals(indicator))
                .map(f -> f.sourceTitle() + " (" + f.publicationDate() + ")").toList()));
    }

    private static Double percent(BigDecimal v) {
        return v == null ? null : v.doubleValue() / 100;
    }

    private static Double divide(Double v, double scale) {
        return v == null ? null : v / scale;
    }

    private static Instant max(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** The dates a series' periods start on, for charts: 1 January for a year, the 1st for a month. */
    public static LocalDate periodStart(String period) {
        return period.length() == 4 ? LocalDate.of(Integer.parseInt(period), 1, 1)
                : LocalDate.parse(period + "-01");
    }
}
