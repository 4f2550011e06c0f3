package org.rarewatch.app.waitingtimes;

import java.util.ArrayList;
import java.util.List;
import org.rarewatch.app.downloads.DownloadTable;
import org.rarewatch.app.downloads.TableCell;
import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * The "Faster Diagnosis Standard by suspected cancer type" table of {@code /waiting-times} as a download: the
 * same rows as the page, with exact counts and unrounded percentages, and the method, definition version and
 * source each figure carries.
 */
final class FdsByTypeDownload {

    static final List<String> HEADERS = List.of("Month", "Suspected cancer type", "Rare and less common?",
            "Told within 28 days", "Told diagnosis", "Performance (%)", "Lower 95% limit (%)", "Upper 95% limit (%)",
            "Interval method", "Standard in force", "Against the standard", "Indicator", "Definition version",
            "Source");

    private FdsByTypeDownload() {
    }

    static String fileName(WaitingTimesService.Overview overview) {
        return "rarewatch-fds-by-suspected-cancer-type" + (overview.latestMonth() == null ? "" : "-" + overview.latestMonth());
    }

    static DownloadTable table(WaitingTimesService.Overview overview) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (WaitingTimesService.TypeFigure t : overview.fdsByTypeLatest()) {
            IndicatorRow row = t.row();
            rows.add(List.of(
                    TableCell.text(row.period()),
                    TableCell.text(t.type().label()),
                    TableCell.text(t.type().category().label()),
                    TableCell.number(row.numerator()),
                    TableCell.number(row.denominator()),
                    TableCell.number(row.value()),
                    TableCell.number(row.lower95()),
                    TableCell.number(row.upper95()),
                    TableCell.text(row.method()),
                    TableCell.text(t.figure().threshold()),
                    TableCell.text(t.figure().status().label()),
                    TableCell.text(row.indicator()),
                    TableCell.text(row.definitionVersion()),
                    TableCell.text(row.source())));
        }
        String month = overview.latestMonth() == null ? "no data" : overview.latestMonth();
        return new DownloadTable("People told within 28 days of referral whether they have cancer, England, " + month,
                HEADERS, rows);
    }
}
