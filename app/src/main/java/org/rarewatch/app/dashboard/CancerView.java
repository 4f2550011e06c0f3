package org.rarewatch.app.dashboard;

import java.util.List;
import java.util.Map;
import org.rarewatch.app.figures.DashboardCancer;
import org.rarewatch.app.figures.FiguresReference;
import org.rarewatch.app.render.RenderedChart;
import org.rarewatch.engine.classification.CwtCancerType;

/**
 * Everything {@code /cancers/{slug}} shows: early diagnosis (both measures, with coverage) for each registry
 * group, the Faster Diagnosis Standard by month against the standard in force, incidence bands and rarity,
 * published survival, and the commitments that apply with their status.
 */
public record CancerView(DashboardCancer cancer, List<EarlyGroup> early, boolean synthetic, String registrySource,
                         CwtCancerType fdsType, DashTable fds, ChartView fdsChart, String fdsLatest,
                         List<FiguresReference.RarecareEntity> rarecare, DashTable survival,
                         DashTable commitments, Map<String, RenderedChart> charts) {

    /** One registry group's early-diagnosis figures by year, with its chart. */
    public record EarlyGroup(String group, DashTable byYear, DashTable coverage, ChartView chart,
                             String latestYear, String latestNhs, String latestInclusive, String latestCoverage,
                             String nhsCoverage) {
    }

    public boolean hasEarly() {
        return !early.isEmpty();
    }

    public boolean hasFds() {
        return fds != null && !fds.isEmpty();
    }

    /** Rare (under 6 per 100,000 a year) when every RARECARE entity on the page is. */
    public String rarityTier() {
        if (cancer.bigFour()) {
            return "Big four (common)";
        }
        if (rarecare.isEmpty()) {
            return "Not available";
        }
        boolean allRare = rarecare.stream().allMatch(FiguresReference.RarecareEntity::rare);
        boolean anyRare = rarecare.stream().anyMatch(FiguresReference.RarecareEntity::rare);
        return allRare ? "Rare (under 6 per 100,000 a year)"
                : anyRare ? "Less common, including rare entities" : "Less common";
    }
}
