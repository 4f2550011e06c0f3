package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.rarewatch.engine.classification.CwtCancerType;
import org.rarewatch.engine.classification.RlcCategory;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.stats.Confidence;
import org.rarewatch.engine.stats.Interval;
import org.rarewatch.engine.stats.Wilson;

/**
 * Performance against the three waiting-times standards: within standard / total, as a percentage
 * with a 95% Wilson interval, nationally and by each requested breakdown, per month, quarter and
 * financial year, compared with the operational threshold in force. Feed it validated rows
 * ({@link #accept}), then take {@link #rows()}. Sums are exact (BigDecimal), so halves survive.
 *
 * <p>Totals use every FDS row and, for 31/62-day, only the ALL MODALITIES rows (see
 * {@link CwtRecord#countsTowardTotals()}).
 */
public final class WaitingTimesMeasures implements Consumer<CwtRecord> {

    public static final String DEFINITION_VERSION = "cwt-2026-11";
    public static final String METHOD = "Wilson score interval, 95% confidence; value = within standard / total x 100";

    private static final Confidence CONFIDENCE = Confidence.NINETY_FIVE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Set<Breakdown> breakdowns;
    private final Set<PeriodGrain> grains;
    private final Thresholds thresholds;
    private final Geography geography;
    private final String source;
    private final Map<Cell, Sums> cells = new HashMap<>();

    private record Cell(Standard standard, PeriodGrain grain, String period, Breakdown breakdown, String value) {
    }

    private static final class Sums {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal within = BigDecimal.ZERO;
        final TreeSet<YearMonth> months = new TreeSet<>();
        final Set<String> flags = new LinkedHashSet<>();
    }

    public WaitingTimesMeasures(Set<Breakdown> breakdowns, Set<PeriodGrain> grains, Thresholds thresholds,
                                Geography geography, String source) {
        this.breakdowns = breakdowns.isEmpty() ? EnumSet.noneOf(Breakdown.class) : EnumSet.copyOf(breakdowns);
        if (this.breakdowns.contains(Breakdown.CANCER_TYPE)) {
            this.breakdowns.add(Breakdown.RLC_CATEGORY);
        }
        this.grains = grains.isEmpty() ? EnumSet.of(PeriodGrain.MONTH) : EnumSet.copyOf(grains);
        this.thresholds = thresholds;
        this.geography = geography;
        this.source = source == null ? "" : source;
    }

    @Override
    public void accept(CwtRecord record) {
        if (!record.countsTowardTotals()) {
            return;
        }
        // sums are kept by month only; quarters and years are rolled up from them in rows()
        String period = record.month().toString();
        add(new Cell(record.standard(), PeriodGrain.MONTH, period, null, ""), record, null);
        for (Breakdown breakdown : breakdowns) {
            addBreakdown(record, PeriodGrain.MONTH, period, breakdown);
        }
    }

    private void addBreakdown(CwtRecord record, PeriodGrain grain, String period, Breakdown breakdown) {
        switch (breakdown) {
            case CANCER_TYPE -> {
                CwtCancerType type = record.cancerType();
                String flag = type.category() == RlcCategory.MIXED ? "rlc_category:mixed"
                        : "rlc_category:" + type.category().name().toLowerCase(java.util.Locale.ROOT);
                add(new Cell(record.standard(), grain, period, breakdown, type.label()), record, flag);
            }
            case RLC_CATEGORY -> add(new Cell(record.standard(), grain, period, breakdown,
                    record.cancerType().category().label()), record, null);
            case ROUTE -> add(new Cell(record.standard(), grain, period, breakdown, record.route().label()), record,
                    "route:" + record.route().code());
            case PROVIDER -> {
                if (record.orgCode() != null) {
                    Geography.Provider p = geography.provider(record.orgCode());
                    add(new Cell(record.standard(), grain, period, breakdown, p.trust().display()), record,
                            geography.knowsProvider(record.orgCode()) ? null : "provider_not_in_ods_lookup");
                }
            }
            case ICB, REGION -> {
                if (record.orgCode() != null) {
                    Geography.Provider p = geography.provider(record.orgCode());
                    Geography.Area area = breakdown == Breakdown.ICB ? p.icb() : p.region();
                    String name = area == null ? "Unknown " + (breakdown == Breakdown.ICB ? "ICB" : "region")
                            + " (providers not in the ODS trust list)" : area.display();
                    add(new Cell(record.standard(), grain, period, breakdown, name), record, "geography_basis:provider_location");
                }
            }
        }
    }

    /**
     * Adds one row of an ICB sub-location (commissioner) extract: by commissioning ICB and its region
     * only (these extracts have no cancer type). Every row of such an extract counts: 31-day rows are
     * first treatments plus subsequent treatments by modality, with no ALL MODALITIES repeat.
     */
    public void acceptCommissioner(IcbRecord record) {
        String period = record.month().toString();
        Optional<Geography.Area> icb = geography.icbOfSubIcb(record.subIcbCode());
        String icbName = icb.map(Geography.Area::display)
                .orElse("Unknown ICB (sub-ICB codes not in the ONS July 2022 lookup)");
        String regionName = icb.flatMap(a -> geography.regionOfIcb(a.code())).map(Geography.Area::display)
                .orElse("Unknown region (sub-ICB codes not in the ONS July 2022 lookup)");
        addCounts(new Cell(record.standard(), PeriodGrain.MONTH, period, Breakdown.COMMISSIONER_ICB, icbName),
                record.total(), record.within(), record.month(), "geography_basis:commissioner");
        addCounts(new Cell(record.standard(), PeriodGrain.MONTH, period, Breakdown.COMMISSIONER_REGION, regionName),
                record.total(), record.within(), record.month(), "geography_basis:commissioner");
    }

    private void add(Cell cell, CwtRecord record, String flag) {
        addCounts(cell, record.total(), record.within(), record.month(), flag);
    }

    private void addCounts(Cell cell, BigDecimal total, BigDecimal within, YearMonth month, String flag) {
        Sums sums = cells.computeIfAbsent(cell, c -> new Sums());
        sums.total = sums.total.add(total);
        sums.within = sums.within.add(within);
        sums.months.add(month);
        if (flag != null) {
            sums.flags.add(flag);
        }
    }

    /**
     * Adds another instance's sums into this one (same settings), so that files can be read in
     * parallel and their aggregates merged: the sums are associative.
     */
    public void merge(WaitingTimesMeasures other) {
        other.cells.forEach((cell, theirs) -> {
            Sums mine = cells.computeIfAbsent(cell, c -> new Sums());
            mine.total = mine.total.add(theirs.total);
            mine.within = mine.within.add(theirs.within);
            mine.months.addAll(theirs.months);
            mine.flags.addAll(theirs.flags);
        });
    }

    /** A new, empty instance with the same settings, for one parallel part. */
    public WaitingTimesMeasures emptyCopy() {
        return new WaitingTimesMeasures(breakdowns, grains, thresholds, geography, source);
    }

    /** The tidy rows, ordered by standard, period grain, period, national first then each breakdown. */
    public List<IndicatorRow> rows() {
        Map<Cell, Sums> all = new HashMap<>();
        for (Map.Entry<Cell, Sums> e : cells.entrySet()) {
            Cell month = e.getKey();
            YearMonth ym = YearMonth.parse(month.period());
            for (PeriodGrain grain : grains) {
                Cell cell = new Cell(month.standard(), grain, grain.label(ym), month.breakdown(), month.value());
                Sums target = all.computeIfAbsent(cell, c -> new Sums());
                Sums source = e.getValue();
                target.total = target.total.add(source.total);
                target.within = target.within.add(source.within);
                target.months.addAll(source.months);
                target.flags.addAll(source.flags);
            }
        }
        List<Map.Entry<Cell, Sums>> entries = new ArrayList<>(all.entrySet());
        entries.sort(Comparator.<Map.Entry<Cell, Sums>, Integer>comparing(e -> e.getKey().standard().ordinal())
                .thenComparing(e -> e.getKey().grain().ordinal())
                .thenComparing(e -> e.getKey().period())
                .thenComparing(e -> e.getKey().breakdown() == null ? -1 : e.getKey().breakdown().ordinal())
                .thenComparing(e -> e.getKey().value()));
        List<IndicatorRow> rows = new ArrayList<>(entries.size());
        for (Map.Entry<Cell, Sums> e : entries) {
            rows.add(row(e.getKey(), e.getValue()));
        }
        return rows;
    }

    private IndicatorRow row(Cell cell, Sums sums) {
        List<String> flags = new ArrayList<>();
        flags.addAll(sums.flags);
        if (cell.breakdown() != null) {
            switch (cell.breakdown()) {
                case PROVIDER -> flags.add("geography_level:provider");
                case ICB, COMMISSIONER_ICB -> flags.add("geography_level:icb");
                case REGION, COMMISSIONER_REGION -> flags.add("geography_level:region");
                default -> { }
            }
        }
        if (cell.breakdown() == Breakdown.RLC_CATEGORY) {
            flags.add("breakdown:rlc_vs_big_four");
        }
        if (sums.months.size() < cell.grain().months()) {
            flags.add("partial_period:" + sums.months.size() + "_of_" + cell.grain().months() + "_months");
        }
        Optional<Threshold> threshold = thresholds.operationalInForce(cell.standard(), sums.months.last());
        Set<String> inForce = new LinkedHashSet<>();
        for (YearMonth m : sums.months) {
            inForce.add(thresholds.operationalInForce(cell.standard(), m).map(Threshold::id).orElse("none"));
        }
        if (inForce.size() > 1) {
            flags.add("threshold_changed_within_period");
        }
        if (threshold.isEmpty()) {
            flags.add("no_operational_threshold_in_force");
        } else {
            Threshold t = threshold.get();
            flags.add("threshold:" + t.id());
            if (sums.total.signum() > 0) {
                boolean below = sums.within.multiply(HUNDRED).compareTo(t.percent().multiply(sums.total)) < 0;
                flags.add(below ? "below_threshold" : "meets_threshold");
            }
        }
        Double value = null;
        Double lower = null;
        Double upper = null;
        if (sums.total.signum() > 0) {
            double x = sums.within.doubleValue();
            double n = sums.total.doubleValue();
            Interval ci = Wilson.interval(x, n, CONFIDENCE);
            value = 100 * x / n;
            lower = 100 * ci.lower();
            upper = 100 * ci.upper();
        } else {
            flags.add("no_denominator");
        }
        String cancerGroup = switch (cell.breakdown() == null ? Breakdown.ROUTE : cell.breakdown()) {
            case CANCER_TYPE, RLC_CATEGORY -> cell.value();
            default -> IndicatorRow.ALL;
        };
        String geographyName = switch (cell.breakdown() == null ? Breakdown.ROUTE : cell.breakdown()) {
            case PROVIDER, ICB, REGION, COMMISSIONER_ICB, COMMISSIONER_REGION -> cell.value();
            default -> IndicatorRow.ENGLAND;
        };
        return new IndicatorRow(cell.standard().indicatorId(), DEFINITION_VERSION, cancerGroup, geographyName,
                cell.period(), IndicatorRow.ALL, IndicatorRow.ALL, sums.within, sums.total, value, lower, upper,
                METHOD, flags, source);
    }
}
