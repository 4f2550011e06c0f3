package org.rarewatch.engine.classification.iccc;

import com.imsweb.algorithms.iccc.IcccRecodeUtils;
import com.imsweb.algorithms.iccc.IcccSiteGroupDto;
import java.util.HashMap;
import java.util.Map;

/**
 * Children's cancers (age 0–14) by the International Classification of Childhood Cancer, third
 * edition, through the SEER implementation in {@code com.imsweb:algorithms} with an explicit version.
 * Bad or unclassifiable input gives {@link #UNKNOWN}, never an exception.
 */
public final class ChildhoodCancerClassifier {

    public static final int MAX_CHILD_AGE = 14;
    public static final String VERSION = IcccRecodeUtils.VERSION_THIRD_EDITION_IARC_2017;
    public static final Result UNKNOWN = new Result("999", "Unknown", "99", "Unknown");

    private final Map<String, String> labels = new HashMap<>();

    public ChildhoodCancerClassifier() {
        for (IcccSiteGroupDto group : IcccRecodeUtils.getRawData(VERSION)) {
            if (group.getRecode() != null && group.getName() != null) {
                labels.putIfAbsent(group.getRecode(), group.getName().strip());
            }
        }
    }

    /** Whether a person of this age at diagnosis counts as a child for ICCC reporting. */
    public static boolean isChild(int age) {
        return age >= 0 && age <= MAX_CHILD_AGE;
    }

    /**
     * @param icd10Site  e.g. {@code C719}
     * @param morphology ICD-O-3 histology, 4 digits (e.g. {@code 9470})
     * @param behaviour  ICD-O-3 behaviour digit (3 = malignant)
     */
    public Result classify(String icd10Site, String morphology, String behaviour) {
        String site = IcdOSite.fromIcd10(icd10Site);
        if (site == null || morphology == null || behaviour == null) {
            return UNKNOWN;
        }
        try {
            String recode = IcccRecodeUtils.calculateSiteRecode(VERSION, site, morphology.strip(), behaviour.strip());
            if (recode == null || recode.equals(IcccRecodeUtils.ICCC_UNKNOWN_RECODE)) {
                return UNKNOWN;
            }
            String major = IcccRecodeUtils.calculateIcccMajorCategory(recode);
            return new Result(recode, labels.getOrDefault(recode, recode), major,
                    labels.getOrDefault(majorRecode(major), major));
        } catch (RuntimeException badInput) {
            return UNKNOWN;
        }
    }

    /** The ICCC major groups are recoded as the first of their subgroup codes (I = 011 ...). */
    private String majorRecode(String major) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getValue().startsWith(romanPrefix(major))) {
                return e.getKey();
            }
        }
        return major;
    }

    private static String romanPrefix(String major) {
        String[] roman = {"", "I ", "II ", "III ", "IV ", "V ", "VI ", "VII ", "VIII ", "IX ", "X ", "XI ", "XII "};
        try {
            int n = Integer.parseInt(major.strip());
            return n > 0 && n < roman.length ? roman[n] : "\u0000";
        } catch (NumberFormatException e) {
            return "\u0000";
        }
    }

    /** The ICCC-3 recode and major category, with labels from the same table. */
    public record Result(String recode, String label, String majorCategory, String majorLabel) {
        public boolean known() {
            return !recode.equals(UNKNOWN.recode);
        }
    }
}
