package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One row of a CWT-CRS ICB sub-location (commissioner) extract: no cancer-type breakdown. */
public record IcbRecord(YearMonth month, Standard standard, String subIcbCode, String subCategory,
                        BigDecimal total, BigDecimal within, BigDecimal breaches) {
}
