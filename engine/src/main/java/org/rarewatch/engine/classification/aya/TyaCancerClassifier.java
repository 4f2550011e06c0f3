package org.rarewatch.engine.classification.aya;

import com.imsweb.algorithms.ayasiterecode.AyaSiteRecodeUtils;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.rarewatch.engine.classification.iccc.IcdOSite;

/**
 * Teenage and young adult cancers by the SEER AYA site recode (2020 revision), through
 * {@code com.imsweb:algorithms} with an explicit version. TYA in England means ages 15–24; the recode
 * itself is defined for adolescents and young adults up to 39. Bad input gives {@link #UNKNOWN}.
 */
public final class TyaCancerClassifier {

    public static final int MIN_TYA_AGE = 15;
    public static final int MAX_TYA_AGE = 24;
    public static final String VERSION = AyaSiteRecodeUtils.ALG_VERSION_2020;
    public static final Result UNKNOWN = new Result(AyaSiteRecodeUtils.AYA_SITE_RECODE_UNKNOWN_2020, "Unknown");

    /** The label table shipped inside the algorithms jar (SEER's published 2020 revision). */
    private static final String LABELS = "/ayasiterecode/ayarecode-2020revision.csv";

    private final Map<String, String> labels = new HashMap<>();

    public TyaCancerClassifier() {
        try (InputStream in = AyaSiteRecodeUtils.class.getResourceAsStream(LABELS)) {
            if (in != null) {
                try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                        .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (CsvRecord r : csv) {
                        if (r.getFieldCount() > 4 && r.getField(4).strip().matches("\\d+")) {
                            labels.putIfAbsent(r.getField(4).strip(), r.getField(0).strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isTeenageOrYoungAdult(int age) {
        return age >= MIN_TYA_AGE && age <= MAX_TYA_AGE;
    }

    public Result classify(String icd10Site, String morphology, String behaviour) {
        String site = IcdOSite.fromIcd10(icd10Site);
        if (site == null || morphology == null || behaviour == null) {
            return UNKNOWN;
        }
        try {
            String recode = AyaSiteRecodeUtils.calculateSiteRecode(VERSION, site, morphology.strip(), behaviour.strip());
            if (recode == null || recode.equals(UNKNOWN.recode())) {
                return UNKNOWN;
            }
            String key = recode.replaceFirst("^0+(?=\\d)", "");
            return new Result(recode, labels.getOrDefault(key, labels.getOrDefault(recode, recode)));
        } catch (RuntimeException badInput) {
            return UNKNOWN;
        }
    }

    public record Result(String recode, String label) {
        public boolean known() {
            return !recode.equals(UNKNOWN.recode);
        }
    }
}
