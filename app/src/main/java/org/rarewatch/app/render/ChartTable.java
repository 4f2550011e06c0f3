package org.rarewatch.app.render;

import java.util.List;
import java.util.Objects;

/**
 * The data behind a chart as an accessible table (caption, column headers, rows whose first cell heads the
 * row) together with the chart's text description. {@link #toXhtml()} gives markup that is valid both in
 * HTML pages and in the XHTML the PDF is made from.
 */
public record ChartTable(String caption, List<String> headers, List<List<String>> rows, String description) {
    public ChartTable {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(description, "description");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for "
                        + headers.size() + " headers");
            }
        }
    }

    public String toXhtml() {
        StringBuilder html = new StringBuilder(256 + rows.size() * 120);
        html.append("<table class=\"chart-table\">\n<caption>").append(Xml.escape(caption)).append("</caption>\n");
        html.append("<thead><tr>");
        for (String header : headers) {
            html.append("<th scope=\"col\">").append(Xml.escape(header)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(row.get(0))).append("</th>");
            for (String cell : row.subList(1, row.size())) {
                html.append("<td>").append(Xml.escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }
}
