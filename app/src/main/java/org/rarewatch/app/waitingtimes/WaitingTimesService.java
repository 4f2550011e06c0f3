package org.rarewatch.app.waitingtimes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rarewatch.engine.classification.CwtCancerType;
import org.rarewatch.engine.classification.cwtfds.FdsSuspectedCancerTypes;
import org.rarewatch.engine.disclosure.DisclosureControl;
import org.rarewatch.engine.disclosure.TableStructure;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.waitingtimes.Breakdown;
import org.rarewatch.engine.waitingtimes.CancerTypes;
import org.rarewatch.engine.waitingtimes.CwtRecord;
import org.rarewatch.engine.waitingtimes.Geography;
import org.rarewatch.engine.waitingtimes.Modality;
import org.rarewatch.engine.waitingtimes.PeriodGrain;
import org.rarewatch.engine.waitingtimes.Route;
import org.rarewatch.engine.waitingtimes.Standard;
import org.rarewatch.engine.waitingtimes.Threshold;
import org.rarewatch.engine.waitingtimes.Thresholds;
import org.rarewatch.engine.waitingtimes.WaitingTimesMeasures;
import org.springframework.stereotype.Service;

/**
 * Waiting-times figures for the web pages: the current release for each month, summed nationally in
 * the database, then measured by the engine exactly as {@code ./rarewatch waits} does.
 */
@Service
public class WaitingTimesService {

    private final CwtReleaseStore store;
    private final Thresholds thresholds;
    private final Geography geography;

    public WaitingTimesService(CwtReleaseStore store, Thresholds thresholds, Geography geography) {
        this.store = store;
        this.thresholds = thresholds;
        this.geography = geography;
    }

    /** The national summary: each standard by month, FDS rare and less common vs big four, FDS by type. */
    public record Overview(Map<Standard, List<Figure>> national, List<Figure> fdsRlc, List<Figure> fdsBigFour,
                           List<TypeFigure> fdsByTypeLatest, String latestMonth,
                           List<CwtReleaseStore.ReleaseSummary> releases) {
        public boolean isEmpty() {
            return national.values().stream().allMatch(List::isEmpty);
        }
    }

    /** One FDS suspected cancer type with its latest figure, and the exact indicator row behind it. */
    public record TypeFigure(CwtCancerType type, Figure figure, IndicatorRow row) {
    }

    /** The page for one FDS suspected cancer type: by month and financial year, next to all types. */
    public record CancerPage(CwtCancerType type, List<Figure> months, List<Figure> years, Map<String, Figure> allTypes) {
    }

    public Overview overview() {
        List<IndicatorRow> rows = measure(EnumSet.of(PeriodGrain.MONTH));
        Map<Standard, List<Figure>> national = new LinkedHashMap<>();
        for (Standard s : Standard.values()) {
            national.put(s, figures(rows, s, IndicatorRow.ALL, false));
        }
        List<Figure> rlc = figures(rows, Standard.FDS_28D, "Rare and less common", true);
        List<Figure> big = figures(rows, Standard.FDS_28D, "Big four", true);
        List<Figure> fdsNational = national.get(Standard.FDS_28D);
        String latest = fdsNational.isEmpty() ? null : fdsNational.get(fdsNational.size() - 1).period();
        List<TypeFigure> byType = new ArrayList<>();
        for (CwtCancerType type : FdsSuspectedCancerTypes.all()) {
            select(rows, Standard.FDS_28D, type.label(), true).filter(r -> r.period().equals(latest)).findFirst()
                    .ifPresent(r -> byType.add(new TypeFigure(type, Figure.of(r, this::thresholdLabel), r)));
        }
        return new Overview(national, rlc, big, byType, latest, store.releases());
    }

    public Optional<CancerPage> fdsPage(String slug) {
        Optional<CwtCancerType> type = FdsSuspectedCancerTypes.bySlug(slug);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<IndicatorRow> rows = measure(EnumSet.of(PeriodGrain.MONTH, PeriodGrain.FY));
        List<Figure> all = figures(rows, Standard.FDS_28D, type.get().label(), true);
        Map<String, Figure> allTypes = new LinkedHashMap<>();
        figures(rows, Standard.FDS_28D, IndicatorRow.ALL, false).forEach(f -> allTypes.put(f.period(), f));
        return Optional.of(new CancerPage(type.get(),
                all.stream().filter(f -> !f.period().startsWith("FY")).toList(),
                all.stream().filter(f -> f.period().startsWith("FY")).toList(), allTypes));
    }

    /**
     * National rows by month for every standard: all cancers, rare and less common, big four and each cancer
     * type, without the route breakdown. The figures the dashboard and the indicators API publish.
     */
    public List<IndicatorRow> nationalMonthlyRows() {
        return measure(EnumSet.of(PeriodGrain.MONTH)).stream()
                .filter(r -> r.geography().equals(IndicatorRow.ENGLAND)
                        && r.flags().stream().noneMatch(f -> f.startsWith("route:")))
                .toList();
    }

    /** The releases the figures come from (their SHA-256 values identify the data behind every figure). */
    public List<CwtReleaseStore.ReleaseSummary> releases() {
        return store.releases();
    }

    private List<IndicatorRow> measure(Set<PeriodGrain> grains) {
        WaitingTimesMeasures measures = new WaitingTimesMeasures(Set.of(Breakdown.CANCER_TYPE), grains, thresholds,
                geography, "NHS England CWT-CRS provider extracts (current releases)");
        for (CwtReleaseStore.CurrentSum sum : store.currentNationalSums()) {
            Standard standard = Standard.fromIndicatorId(sum.standardId()).orElseThrow();
            CwtCancerType type = CancerTypes.find(standard, sum.month(), sum.cancerType())
                    .orElseGet(() -> CwtCancerType.unknown(sum.cancerType()));
            measures.accept(new CwtRecord(sum.month(), standard, null, Route.valueOf(sum.route()),
                    Modality.valueOf(sum.modality()), type, sum.total(), sum.within(), sum.breaches()));
        }
        // every published figure passes disclosure control: national rows stay exact and gain the policy and
        // reliability flags; the route breakdown is its own table
        TableStructure national = TableStructure.builder().nationalGeography(IndicatorRow.ENGLAND).build();
        Map<String, List<IndicatorRow>> byRoute = new LinkedHashMap<>();
        for (IndicatorRow r : measures.rows()) {
            String route = r.flags().stream().filter(f -> f.startsWith("route:")).findFirst().orElse("");
            byRoute.computeIfAbsent(route, k -> new ArrayList<>()).add(r);
        }
        List<IndicatorRow> out = new ArrayList<>();
        byRoute.values().forEach(rows -> out.addAll(DisclosureControl.apply(rows, national)));
        return out;
    }

    private List<Figure> figures(List<IndicatorRow> rows, Standard standard, String cancerGroup, boolean breakdown) {
        return select(rows, standard, cancerGroup, breakdown).map(r -> Figure.of(r, this::thresholdLabel)).toList();
    }

    private static Stream<IndicatorRow> select(List<IndicatorRow> rows, Standard standard, String cancerGroup,
                                               boolean breakdown) {
        return rows.stream()
                .filter(r -> r.indicator().equals(standard.indicatorId()) && r.cancerGroup().equals(cancerGroup)
                        && r.geography().equals(IndicatorRow.ENGLAND)
                        && (breakdown || r.flags().stream().noneMatch(f -> f.startsWith("route:"))));
    }

    String thresholdLabel(String id) {
        return thresholds.all().stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> t.percent().stripTrailingZeros().toPlainString() + "% (" + t.id() + ")").orElse(id);
    }

    public List<Threshold> thresholds() {
        return thresholds.all();
    }
}
