package org.rarewatch.app.downloads;

import java.util.List;
import java.util.Objects;

/**
 * A table as a page shows it, ready to download: its caption, the column headers and the rows. Every row has
 * exactly one cell per column, so a spreadsheet never gets a ragged table.
 */
public record DownloadTable(String caption, List<String> headers, List<List<TableCell>> rows) {

    public DownloadTable {
        Objects.requireNonNull(caption, "caption");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != headers.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size() + " cells, but the table has "
                        + headers.size() + " columns");
            }
        }
    }
}
