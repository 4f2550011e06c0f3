package org.rarewatch.app.render;

import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The charts the dashboard and the report publish, drawn by JFreeChart into JFreeSVG.
 *
 * <p>Output is deterministic (fixed id prefix, bundled font metrics, UTC dates, UK locale, no timestamps),
 * accessible ({@code role="img"} with {@code <title>} and {@code <desc>} referenced by
 * {@code aria-labelledby}) and sized by its viewBox only, so it scales to its container.
 */
public final class SvgChart {
    static final int WIDTH = 800;
    static final int TIME_HEIGHT = 430;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final float TICK_SIZE = 16f;
    private static final float LABEL_SIZE = 16f;
    private static final long DAY_MS = 86_400_000L;
    private static final Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {9f, 6f}, 0f);
    private static final Stroke WHISKER = new BasicStroke(2f);

    private SvgChart() {
    }

    /**
     * Monthly performance with its 95% interval band and the threshold in force as a stepped line, e.g. the
     * Faster Diagnosis Standard by month.
     *
     * @param measure what is plotted, capitalised, as the description starts with it ("Performance")
     * @param thresholds thresholds with the date each came into force; the one in force for a month is the
     *                   latest starting on or before it
     */
    public static RenderedChart monthlyPerformance(String id, String title, String measure,
            List<DatedValue> months, List<Threshold> thresholds) {
        checkId(id);
        List<DatedValue> points = sortedNonEmpty(months, "months");
        List<Threshold> steps = thresholds.stream().sorted(Comparator.comparing(Threshold::from)).toList();

        YIntervalSeries performance = new YIntervalSeries(measure + " (band: 95% interval)");
        for (DatedValue p : points) {
            if (p.value() != null) {
                performance.add(millis(p.date()), p.value(), low(p), high(p));
            }
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        long start = millis(first) - 20 * DAY_MS;
        long end = millis(last) + 20 * DAY_MS;

        XYPlot plot = basePlot(dateAxis(start, end, monthStep(first, last)), null);
        plot.setDataset(0, yIntervals(performance));
        plot.setRenderer(0, band(NhsPalette.BLUE, circle(4.5)));

        List<Double> extremes = new ArrayList<>();
        points.forEach(p -> addLimits(extremes, p));
        if (!steps.isEmpty()) {
            XYSeries threshold = new XYSeries("Threshold in force", false, true);
            Double current = thresholdAt(steps, first);
            threshold.add(start, current);
            for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                Double t = thresholdAt(steps, m);
                if (t != null) {
                    threshold.add(millis(m), t);
                    extremes.add(t);
                }
            }
            threshold.add(end, thresholdAt(steps, last));
            XYStepRenderer stepRenderer = new XYStepRenderer();
            stepRenderer.setSeriesPaint(0, NhsPalette.RED);
            stepRenderer.setSeriesStroke(0, DASHED);
            stepRenderer.setDefaultShapesVisible(false);
            plot.setDataset(1, new XYSeriesCollection(threshold));
            plot.setRenderer(1, stepRenderer);
        }
        plot.setRangeAxis(percentAxis(extremes));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);

        String description = PerformanceText.describe(measure, points, steps);
        ChartTable table = PerformanceText.table(title, measure, points, steps, description);
        return render(id, title, chart(plot), WIDTH, TIME_HEIGHT, table);
    }

    /**
     * Groups compared within each category against one target, as dots with 95% interval whiskers, e.g.
     * rare and less common cancers vs the big four, stage 1–2 share by year, against the 75% ambition.
     */
    public static RenderedChart groupComparison(String id, String title, List<GroupValue> values,
            double target, String targetLabel) {
        checkId(id);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values: nothing to chart");
        }
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(values.stream().map(GroupValue::category).toList()));
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(values.stream().map(GroupValue::group).toList()));
        if (groups.size() > GROUP_SHAPES.size()) {
            throw new IllegalArgumentException("at most " + GROUP_SHAPES.size() + " groups can be told apart");
        }
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        groups.forEach(g -> series.put(g, new XYIntervalSeries(g)));
        List<Double> extremes = new ArrayList<>(List.of(target));
        double spread = groups.size() == 1 ? 0 : 0.36 / (groups.size() - 1);
        for (GroupValue v : values) {
            int c = categories.indexOf(v.category());
            int g = groups.indexOf(v.group());
            if (v.value() == null) {
                continue;
            }
            double y = c - 0.18 * Math.min(1, groups.size() - 1) + g * spread;
            double lo = v.lower() == null ? v.value() : v.lower();
            double hi = v.upper() == null ? v.value() : v.upper();
            series.get(v.group()).add(v.value(), lo, hi, y, y, y);
            extremes.add(lo);
            extremes.add(hi);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        series.values().forEach(dataset::addSeries);

        SymbolAxis categoryAxis = new SymbolAxis(null, categories.toArray(String[]::new));
        categoryAxis.setInverted(true);
        categoryAxis.setRange(-0.6, categories.size() - 0.4);
        categoryAxis.setGridBandsVisible(false);
        NumberAxis valueAxis = percentAxis(extremes);
        XYPlot plot = basePlot(valueAxis, categoryAxis);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(NhsPalette.GREY_4);
        plot.setDomainGridlineStroke(new BasicStroke(1f));

        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setCapLength(10);
        renderer.setErrorStroke(WHISKER);
        renderer.setDefaultLinesVisible(false);
        for (int g = 0; g < groups.size(); g++) {
            renderer.setSeriesPaint(g, GROUP_COLOURS.get(g));
            renderer.setSeriesShape(g, GROUP_SHAPES.get(g));
            renderer.setSeriesShapesFilled(g, true);
        }
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        plot.addDomainMarker(targetMarker(target, "Target " + Estimates.target(target), false));

        String description = ComparisonText.describe(categories, groups, values, target, targetLabel);
        ChartTable table = ComparisonText.table(title, values, target, description);
        int height = 130 + 85 * categories.size();
        return render(id, title, chart(plot), WIDTH, height, table);
    }

    /**
     * A commitment's trajectory: observed values with 95% intervals, the projection to the target date with
     * its 95% interval band, and the target itself.
     */
    public static RenderedChart trajectory(String id, String title, String measure, List<DatedValue> observed,
            List<DatedValue> projected, LocalDate targetDate, double target) {
        checkId(id);
        Objects.requireNonNull(targetDate, "targetDate");
        List<DatedValue> seen = sortedNonEmpty(observed, "observed");
        List<DatedValue> ahead = projected.stream().sorted(Comparator.comparing(DatedValue::date)).toList();

        YIntervalSeries seenSeries = new YIntervalSeries("Observed (with 95% interval)");
        seen.stream().filter(p -> p.value() != null)
                .forEach(p -> seenSeries.add(millis(p.date()), p.value(), low(p), high(p)));
        YIntervalSeries aheadSeries = new YIntervalSeries("Projection (band: 95% interval)");
        ahead.stream().filter(p -> p.value() != null)
                .forEach(p -> aheadSeries.add(millis(p.date()), p.value(), low(p), high(p)));
        XYSeries targetSeries = new XYSeries("Target: " + Estimates.target(target) + " by "
                + Estimates.month(targetDate));
        targetSeries.add(millis(targetDate), target);

        LocalDate first = seen.get(0).date();
        LocalDate last = ahead.isEmpty() ? targetDate
                : ahead.get(ahead.size() - 1).date().isAfter(targetDate) ? ahead.get(ahead.size() - 1).date() : targetDate;
        long start = millis(first) - 120 * DAY_MS;
        long end = millis(last) + 120 * DAY_MS;
        int years = Math.max(1, (last.getYear() - first.getYear() + 1) / 8 + 1);
        DateAxis axis = dateAxis(start, end, new DateTickUnit(DateTickUnitType.YEAR, years, utcFormat("yyyy")));

        List<Double> extremes = new ArrayList<>(List.of(target));
        seen.forEach(p -> addLimits(extremes, p));
        ahead.forEach(p -> addLimits(extremes, p));
        XYPlot plot = basePlot(axis, percentAxis(extremes));

        XYErrorRenderer observedRenderer = new XYErrorRenderer();
        observedRenderer.setDrawXError(false);
        observedRenderer.setDrawYError(true);
        observedRenderer.setCapLength(8);
        observedRenderer.setErrorStroke(WHISKER);
        observedRenderer.setDefaultLinesVisible(true);
        observedRenderer.setSeriesPaint(0, NhsPalette.BLUE);
        observedRenderer.setSeriesStroke(0, LINE);
        observedRenderer.setSeriesShape(0, circle(5));
        plot.setDataset(0, yIntervals(seenSeries));
        plot.setRenderer(0, observedRenderer);

        DeviationRenderer projection = band(NhsPalette.GREY_1, circle(3.5));
        projection.setSeriesStroke(0, DASHED);
        projection.setSeriesShapesVisible(0, false);
        plot.setDataset(1, yIntervals(aheadSeries));
        plot.setRenderer(1, projection);

        XYLineAndShapeRenderer targetRenderer = new XYLineAndShapeRenderer(false, true);
        targetRenderer.setSeriesPaint(0, NhsPalette.RED);
        targetRenderer.setSeriesShape(0, diamond(8));
        plot.setDataset(2, new XYSeriesCollection(targetSeries));
        plot.setRenderer(2, targetRenderer);
        plot.addRangeMarker(targetMarker(target, "Target " + Estimates.target(target), true));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);

        String description = TrajectoryText.describe(measure, seen, ahead, targetDate, target);
        ChartTable table = TrajectoryText.table(title, measure, seen, ahead, targetDate, target, description);
        return render(id, title, chart(plot), WIDTH, TIME_HEIGHT, table);
    }

    // ---- drawing helpers -------------------------------------------------------------------------------

    private static final List<java.awt.Color> GROUP_COLOURS = List.of(NhsPalette.BLUE, NhsPalette.GREY_1,
            NhsPalette.GREEN, NhsPalette.DARK_BLUE);
    private static final List<Shape> GROUP_SHAPES = List.of(circle(7), diamond(8.5), square(6.5), triangle(8));

    private static XYPlot basePlot(ValueAxis domain, ValueAxis range) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(domain);
        if (range != null) {
            plot.setRangeAxis(range);
            style(range);
        }
        style(domain);
        plot.setBackgroundPaint(NhsPalette.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(NhsPalette.GREY_4);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(12, 8, 8, 30));
        return plot;
    }

    private static void style(ValueAxis axis) {
        axis.setTickLabelFont(BundledFonts.regular(TICK_SIZE));
        axis.setTickLabelPaint(NhsPalette.TEXT);
        axis.setLabelFont(BundledFonts.bold(LABEL_SIZE));
        axis.setLabelPaint(NhsPalette.TEXT);
        axis.setAxisLinePaint(NhsPalette.GREY_1);
        axis.setTickMarkPaint(NhsPalette.GREY_1);
    }

    private static JFreeChart chart(XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, BundledFonts.regular(TICK_SIZE), plot, true);
        chart.setBackgroundPaint(NhsPalette.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(BundledFonts.regular(TICK_SIZE));
        legend.setItemPaint(NhsPalette.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(NhsPalette.WHITE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        return chart;
    }

    private static RenderedChart render(String id, String title, JFreeChart chart, int width, int height,
            ChartTable table) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(SvgChart::twoDecimals);
        g.setTransformDoubleConverter(SvgChart::twoDecimals);
        g.setFontFunction(family -> BundledFonts.FAMILY.equals(family) ? BundledFonts.CSS_FAMILY : family);
        g.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, true);
        g.setRenderingHint(SVGHints.KEY_TEXT_RENDERING, SVGHints.VALUE_TEXT_RENDERING_LEGIBILITY);
        chart.draw(g, new Rectangle(0, 0, width, height));
        String element = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
        return new RenderedChart(id, title, accessible(element, id, title, table.description()), table);
    }

    /** Adds role, title and description to the root element JFreeSVG wrote. */
    static String accessible(String svg, String id, String title, String description) {
        int open = svg.indexOf("<svg ");
        int close = svg.indexOf('>', open);
        if (open < 0 || close < 0) {
            throw new IllegalStateException("JFreeSVG output has no <svg> element");
        }
        String attributes = "<svg role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" class=\"chart-svg\" ";
        return svg.substring(0, open) + attributes + svg.substring(open + 5, close + 1)
                + "<title id=\"" + id + "-title\">" + Xml.escape(title) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + Xml.escape(description) + "</desc>"
                + svg.substring(close + 1);
    }

    /** Coordinates to 0.01 px: smaller files, and no platform-dependent last digits. */
    private static String twoDecimals(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static DeviationRenderer band(java.awt.Color colour, Shape shape) {
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesFillPaint(0, colour);
        renderer.setSeriesStroke(0, LINE);
        renderer.setSeriesShape(0, shape);
        renderer.setAlpha(0.18f);
        return renderer;
    }

    private static ValueMarker targetMarker(double target, String label, boolean horizontal) {
        ValueMarker marker = new ValueMarker(target, NhsPalette.RED, DASHED);
        marker.setLabel(label);
        marker.setLabelFont(BundledFonts.bold(TICK_SIZE));
        marker.setLabelPaint(NhsPalette.RED);
        marker.setLabelBackgroundColor(NhsPalette.WHITE);
        if (horizontal) {
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        } else {
            // label on the left of the line: the target is usually near the right edge of the axis
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            marker.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
        }
        return marker;
    }

    private static DateAxis dateAxis(long start, long end, DateTickUnit unit) {
        DateAxis axis = new DateAxis(null, UTC, Locale.UK);
        axis.setRange(start, end);
        axis.setTickUnit(unit);
        axis.setTickMarkPosition(DateTickMarkPosition.START);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    private static DateTickUnit monthStep(LocalDate first, LocalDate last) {
        long months = (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue() + 1;
        int step = months <= 6 ? 1 : months <= 12 ? 2 : months <= 24 ? 3 : months <= 48 ? 6 : 12;
        return new DateTickUnit(DateTickUnitType.MONTH, step, utcFormat("MMM yyyy"));
    }

    private static SimpleDateFormat utcFormat(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.UK);
        format.setTimeZone(UTC);
        return format;
    }

    /** Percentage axis spanning the data, targets and limits, on round 5 or 10 point steps. */
    private static NumberAxis percentAxis(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double lower = Math.max(0, Math.floor((min - 0.03) * 10) / 10);
        double upper = Math.min(1, Math.ceil((max + 0.03) * 10) / 10);
        NumberAxis axis = new NumberAxis(null);
        style(axis);
        axis.setRange(new Range(lower, upper));
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
        percent.setMaximumFractionDigits(0);
        axis.setTickUnit(new NumberTickUnit(upper - lower > 0.45 ? 0.1 : 0.05, percent));
        return axis;
    }

    private static YIntervalSeriesCollection yIntervals(YIntervalSeries series) {
        YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
        collection.addSeries(series);
        return collection;
    }

    private static void addLimits(List<Double> extremes, DatedValue p) {
        if (p.value() != null) {
            extremes.add(low(p));
            extremes.add(high(p));
        }
    }

    private static double low(DatedValue p) {
        return p.lower() == null ? p.value() : p.lower();
    }

    private static double high(DatedValue p) {
        return p.upper() == null ? p.value() : p.upper();
    }

    static Double thresholdAt(List<Threshold> steps, LocalDate date) {
        Double inForce = null;
        for (Threshold t : steps) {
            if (!t.from().isAfter(date)) {
                inForce = t.threshold();
            }
        }
        return inForce;
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static List<DatedValue> sortedNonEmpty(List<DatedValue> values, String name) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + ": nothing to chart");
        }
        List<DatedValue> sorted = values.stream().sorted(Comparator.comparing(DatedValue::date)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException(name + ": two values for " + sorted.get(i).date());
            }
        }
        return sorted;
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id must be lower-case letters, digits and hyphens: " + id);
        }
    }

    private static Shape circle(double r) {
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    private static Shape square(double r) {
        return new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static Shape triangle(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r);
        p.lineTo(-r, r);
        p.closePath();
        return p;
    }
}
