package org.rarewatch.app.render;

/**
 * A chart ready to publish: the SVG element (with role="img", title and description inside), and the
 * table and text description behind it. {@code id} is unique within a page and prefixes every id in the SVG.
 */
public record RenderedChart(String id, String title, String svg, ChartTable table) {

    public String description() {
        return table.description();
    }

    /**
     * A figure element: caption, the SVG, and the description and data table under it, as XHTML that works
     * in web pages and in {@link AccessiblePdf}.
     */
    public String toFigureXhtml() {
        return "<figure class=\"chart\" id=\"" + Xml.escape(id) + "-figure\">\n"
                + "<figcaption>" + Xml.escape(title) + "</figcaption>\n"
                + svg + "\n"
                + "<p class=\"chart-description\">" + Xml.escape(description()) + "</p>\n"
                + "</figure>\n"
                + table.toXhtml() + "\n";
    }
}
