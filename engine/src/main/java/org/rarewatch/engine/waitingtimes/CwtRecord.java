package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.rarewatch.engine.classification.CwtCancerType;

/**
 * One validated row of a CWT-CRS provider extract: an aggregate count for one provider, month,
 * standard, route, modality and cancer type. Counts are exact decimals (62-day rows carry halves).
 *
 * @param orgCode the ODS provider code; {@code null} when the row is already summed over providers
 */
public record CwtRecord(YearMonth month, Standard standard, String orgCode, Route route, Modality modality,
                        CwtCancerType cancerType, BigDecimal total, BigDecimal within, BigDecimal breaches) {

    /**
     * Whether the row belongs to the set that gives totals: every FDS row, and for 31/62-day the
     * ALL MODALITIES rows (broken down by tumour group). The modality rows cover the same patients
     * again, so counting both would double the totals.
     */
    public boolean countsTowardTotals() {
        return standard == Standard.FDS_28D || modality == Modality.ALL_MODALITIES;
    }
}
