package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of the national time series for one standard, as NHS England published it. */
public record NationalFigure(YearMonth month, Standard standard, String operationalStandard, BigDecimal total,
                             BigDecimal within, BigDecimal outside, BigDecimal performance) {
}
