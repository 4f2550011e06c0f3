package org.rarewatch.app.dashboard;

import java.util.List;
import org.rarewatch.app.downloads.DownloadTable;

/**
 * A table as the page shows it (formatted text) and as it downloads (exact numbers), with the address its
 * downloads live under ({@code downloadPath} + {@code .csv|.xlsx|.ods}).
 */
public record DashTable(String id, String caption, List<String> headers, List<List<String>> shown,
                        DownloadTable download, String downloadPath) {

    public DashTable {
        headers = List.copyOf(headers);
        shown = shown.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }
}
