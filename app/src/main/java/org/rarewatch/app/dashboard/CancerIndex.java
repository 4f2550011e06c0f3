package org.rarewatch.app.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.rarewatch.app.downloads.DownloadTable;
import org.rarewatch.app.downloads.TableCell;
import org.rarewatch.app.figures.DashboardCancer;
import org.rarewatch.app.figures.FigureSnapshot;
import org.springframework.stereotype.Component;

/** {@code /cancers}: every cancer with a page, and its headline figures. */
@Component
class CancerIndex {

    record Entry(DashboardCancer cancer, String rarity, String fds, String early) {
    }

    record IndexView(List<Entry> entries, DashTable table) {
    }

    private final CancerViews cancers;
    private final CommitmentStatuses statuses;

    CancerIndex(CancerViews cancers, CommitmentStatuses statuses) {
        this.cancers = cancers;
        this.statuses = statuses;
    }

    IndexView view(FigureSnapshot s) {
        return s.view("cancers", this::build);
    }

    private IndexView build(FigureSnapshot s) {
        List<Entry> entries = new ArrayList<>();
        List<List<String>> shown = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        for (DashboardCancer c : statuses.reference().cancers()) {
            CancerView v = cancers.view(s, c);
            String fds = v.fdsLatest() == null ? "No data" : v.fdsLatest();
            String early = v.early().isEmpty() ? "No registry figures"
                    : String.join("; ", v.early().stream().map(g -> g.group() + ": " + g.latestInclusive()
                    + " (" + g.latestYear() + ")").toList());
            entries.add(new Entry(c, v.rarityTier(), fds, early));
            shown.add(List.of(c.label(), c.category().label(), v.rarityTier(), fds, early));
            cells.add(List.of(TableCell.text(c.label()), TableCell.text(c.slug()), TableCell.text(c.category().label()),
                    TableCell.text(v.rarityTier()), TableCell.text(fds), TableCell.text(early)));
        }
        String caption = "Cancers: rarity, Faster Diagnosis Standard (latest month) and early diagnosis (inclusive measure, latest year"
                + (s.registrySynthetic() ? ", SYNTHETIC registry data" : "") + ")";
        return new IndexView(entries, new DashTable("cancers", caption, List.of("Cancer", "Group", "Rarity",
                "Faster Diagnosis Standard", "Early diagnosis (inclusive)"), shown,
                new DownloadTable(caption, List.of("Cancer", "Slug", "Group", "Rarity", "Faster Diagnosis Standard",
                        "Early diagnosis (inclusive)"), cells), "/cancers/all/cancers"));
    }
}
