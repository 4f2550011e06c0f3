package org.rarewatch.app.dashboard;

import org.rarewatch.app.render.RenderedChart;

/**
 * A chart on a page: the SVG is served from {@code svgPath} (as an image, so that its drawing styles need no
 * exception in the page's Content-Security-Policy), with its title as alternative text, its text description
 * and the table behind it on the page.
 */
public record ChartView(RenderedChart chart, String svgPath) {

    public String id() {
        return chart.id();
    }

    public String title() {
        return chart.title();
    }

    public String description() {
        return chart.description();
    }

    public String tableXhtml() {
        return chart.table().toXhtml();
    }
}
