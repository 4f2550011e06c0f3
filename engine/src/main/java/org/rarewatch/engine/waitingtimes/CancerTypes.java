package org.rarewatch.engine.waitingtimes;

import java.time.YearMonth;
import java.util.Optional;
import org.rarewatch.engine.classification.CwtCancerType;
import org.rarewatch.engine.classification.cwtfds.FdsSuspectedCancerTypes;
import org.rarewatch.engine.classification.cwttumour.CwtTumourGroups;

/** Which classification a CWT {@code CANCER TYPE} belongs to, given the standard and month. */
public final class CancerTypes {

    /** Stands for {@code ALL CANCERS} on 31/62-day rows broken down by modality. */
    public static final CwtCancerType ALL_CANCERS = new CwtCancerType(CwtTumourGroups.ALL_CANCERS, "all-cancers",
            "all", org.rarewatch.engine.classification.RlcCategory.MIXED, "all tumour groups together");

    private CancerTypes() {
    }

    public static Optional<CwtCancerType> find(Standard standard, YearMonth month, String label) {
        if (standard == Standard.FDS_28D) {
            return FdsSuspectedCancerTypes.find(label);
        }
        if (label != null && label.strip().equalsIgnoreCase(CwtTumourGroups.ALL_CANCERS)) {
            return Optional.of(ALL_CANCERS);
        }
        return CwtTumourGroups.find(label, month);
    }
}
