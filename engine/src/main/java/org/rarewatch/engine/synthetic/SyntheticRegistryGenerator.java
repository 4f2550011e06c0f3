package org.rarewatch.engine.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.classification.group.Icd10Code;

/**
 * Writes a SYNTHETIC extract in the Simulacrum v1 {@code sim_av_tumour} layout plus a
 * {@code ROUTE_TO_DIAGNOSIS} column. Every categorical column is drawn independently from its real
 * marginal distribution in the AV2017 registry snapshot (value counts only, no joint structure), except
 * that sex follows sex-specific sites and the route is drawn from per-group shares. The rows describe
 * no real person. Same seed and row count, same bytes.
 */
public final class SyntheticRegistryGenerator {

    /** Simulacrum v1.1.0 SIM_AV_TUMOUR columns, then the added route column. */
    public static final List<String> HEADER = List.of("TUMOURID", "PATIENTID", "DIAGNOSISDATEBEST", "SITE_ICD10_O2",
            "SITE_ICD10_O2_3CHAR", "MORPH_ICD10_O2", "BEHAVIOUR_ICD10_O2", "T_BEST", "N_BEST", "M_BEST", "STAGE_BEST",
            "STAGE_BEST_SYSTEM", "GRADE", "AGE", "SEX", "CREG_CODE", "LINKNUMBER", "SCREENINGSTATUSFULL_CODE",
            "ER_STATUS", "ER_SCORE", "PR_STATUS", "PR_SCORE", "HER2_STATUS", "CANCERCAREPLANINTENT",
            "PERFORMANCESTATUS", "CNS", "ACE27", "GLEASON_PRIMARY", "GLEASON_SECONDARY", "GLEASON_TERTIARY",
            "GLEASON_COMBINED", "DATE_FIRST_SURGERY", "LATERALITY", "QUINTILE_2015", "ROUTE_TO_DIAGNOSIS");

    private final UnivariateCounts counts = UnivariateCounts.av2017();
    private final RouteShares routes = RouteShares.current();
    private final CancerGroupTable groups;
    private final Map<String, Marginal> routeBySite = new HashMap<>();
    private final Map<String, String> threeCharBySite = new HashMap<>();

    public SyntheticRegistryGenerator(CancerGroupTable groups) {
        this.groups = groups;
    }

    public void write(Writer out, long rows, long seed) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Marginal[] marginals = new Marginal[HEADER.size()];
        for (int i = 0; i < HEADER.size(); i++) {
            marginals[i] = counts.get(HEADER.get(i));
        }
        Marginal month = counts.get("DIAGNOSISMONTHBEST");
        Marginal surgeryMonth = counts.get("MONTH_FIRST_SURGERY");
        StringBuilder line = new StringBuilder(512);
        try {
            out.write(String.join(",", HEADER));
            out.write('\n');
            for (long r = 0; r < rows; r++) {
                line.setLength(0);
                String site = marginals[3].sample(random);
                String sex = sexFor(site, marginals[14].sample(random), random);
                for (int i = 0; i < HEADER.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    switch (HEADER.get(i)) {
                        case "TUMOURID" -> line.append(10_000_000L + r);
                        case "PATIENTID", "LINKNUMBER" -> line.append(50_000_000L + r);
                        case "DIAGNOSISDATEBEST" -> line.append(month.sample(random)).append('-').append(day(random));
                        case "SITE_ICD10_O2" -> line.append(site);
                        case "SITE_ICD10_O2_3CHAR" -> line.append(threeChar(site));
                        case "SEX" -> line.append(sex);
                        case "DATE_FIRST_SURGERY" -> {
                            String m = surgeryMonth.sample(random);
                            if (!m.isEmpty()) {
                                line.append(m).append('-').append(day(random));
                            }
                        }
                        case "ROUTE_TO_DIAGNOSIS" -> line.append(route(site).sample(random));
                        default -> line.append(marginals[i].sample(random));
                    }
                }
                line.append('\n');
                out.append(line);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String day(SplittableRandom random) {
        int d = 1 + random.nextInt(28);
        return d < 10 ? "0" + d : Integer.toString(d);
    }

    private String threeChar(String site) {
        return threeCharBySite.computeIfAbsent(site, s -> {
            Icd10Code code = Icd10Code.parse(s);
            return code == null ? s : code.threeCharacter();
        });
    }

    /** Female-only and male-only sites get a matching sex; other sites keep the drawn value. */
    private String sexFor(String site, String drawn, SplittableRandom random) {
        Icd10Code code = Icd10Code.parse(site);
        if (code == null || code.letter() != 'C') {
            return drawn;
        }
        int c = code.category();
        if (c >= 51 && c <= 58) {
            return "2";
        }
        if (c >= 60 && c <= 63) {
            return "1";
        }
        if (c == 50) {
            return random.nextInt(100) == 0 ? "1" : "2";
        }
        return drawn;
    }

    private Marginal route(String site) {
        return routeBySite.computeIfAbsent(site, s -> routes.forGroup(groups.classify(s).cancerGroup()));
    }
}
