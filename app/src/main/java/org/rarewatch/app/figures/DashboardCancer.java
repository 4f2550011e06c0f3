package org.rarewatch.app.figures;

import java.util.List;
import org.rarewatch.engine.classification.RlcCategory;
import org.rarewatch.engine.reference.DataQuality;

/**
 * A cancer the dashboard has a page for: which registry groups, Faster Diagnosis Standard type, RARECARE
 * entities and survival site its figures come from, and what they leave out.
 */
public record DashboardCancer(String slug, String label, RlcCategory category, List<String> registryGroups,
                              String fdsType, List<String> rarecareEntities, String survivalSite, String note,
                              DataQuality.Assessment quality) {

    public boolean bigFour() {
        return category == RlcCategory.BIG_FOUR;
    }
}
