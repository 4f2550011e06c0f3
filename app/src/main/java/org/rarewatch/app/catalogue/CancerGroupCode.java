package org.rarewatch.app.catalogue;

import org.rarewatch.engine.reference.DataQuality;

/**
 * An ICD-10 code (3- or 4-character) and the cancer group it belongs to.
 *
 * @param stageable {@code true}, {@code false} or {@code unknown}: whether the national early-diagnosis
 *                  measure counts this site, as far as the researchers could establish
 */
public record CancerGroupCode(
        String icd10Code,
        String description,
        String cancerGroup,
        String mappingConfidence,
        boolean bigFour,
        String stageable,
        String note,
        String sourceUrl,
        DataQuality quality,
        String qualityNote) {
}
