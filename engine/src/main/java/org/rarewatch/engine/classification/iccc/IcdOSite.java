package org.rarewatch.engine.classification.iccc;

import org.rarewatch.engine.classification.group.Icd10Code;

/**
 * ICD-O-3 topography for the SEER/IARC recodes, from an ICD-10 site. Solid-tumour sites C00–C80 share
 * their codes between ICD-10 and ICD-O-3; the haematological ICD-10 categories (C81–C96) have no
 * ICD-O-3 topography, so they go to bone marrow (C42.1) for leukaemia and myeloma and to lymph nodes
 * (C77.9) for lymphoma: the recodes then decide by morphology, as they are designed to.
 */
public final class IcdOSite {

    private IcdOSite() {
    }

    /** {@code C509}-style topography, or {@code null} when the site is not an ICD-10 C code. */
    public static String fromIcd10(String icd10) {
        Icd10Code code = Icd10Code.parse(icd10);
        if (code == null || code.letter() != 'C') {
            return null;
        }
        int c = code.category();
        if (c >= 90 && c <= 95) {
            return "C421";
        }
        if (c >= 81 && c <= 96) {
            return "C779";
        }
        if (c > 80) {
            return "C809";
        }
        return code.threeCharacter() + (code.subcode() < 0 ? 9 : code.subcode());
    }
}
