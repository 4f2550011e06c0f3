package org.rarewatch.app.published;

import java.math.BigDecimal;

/**
 * A figure quoted from an official publication, as published, with its citation and the release
 * (imported file) it came from. Never a figure Rarewatch computed.
 *
 * @param period          ISO period: 2019, 2019-10, 2019-Q3, FY2019-20 or a cohort range 2016-2020
 * @param unit            {@code %}, {@code count} or {@code rate per 100,000}
 * @param numerator       null when the publication does not give it (likewise denominator, lower95, upper95, note)
 * @param publicationDate YYYY-MM-DD, YYYY-MM or YYYY, as precise as the publication says
 */
public record PublishedFigure(String indicator, String cancerGroup, String geography, String period, BigDecimal value,
                              String unit, BigDecimal numerator, BigDecimal denominator, BigDecimal lower95,
                              BigDecimal upper95, String sourceTitle, String sourceUrl, String publicationDate,
                              String note, String releaseSha256, String fileName) {
}
