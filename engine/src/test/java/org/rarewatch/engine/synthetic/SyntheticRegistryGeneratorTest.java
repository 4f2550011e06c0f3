package org.rarewatch.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.classification.group.CancerGroupTable;

class SyntheticRegistryGeneratorTest {

    private final SyntheticRegistryGenerator generator = new SyntheticRegistryGenerator(CancerGroupTable.current());

    private String generate(long rows, long seed) {
        StringWriter out = new StringWriter();
        generator.write(out, rows, seed);
        return out.toString();
    }

    @Test
    void sameSeedSameBytesDifferentSeedDifferentRows() {
        assertThat(generate(2000, 42)).isEqualTo(generate(2000, 42));
        assertThat(generate(2000, 42)).isNotEqualTo(generate(2000, 43));
        assertThat(generate(0, 1)).isEqualTo(String.join(",", SyntheticRegistryGenerator.HEADER) + "\n");
    }

    @Test
    void marginalsFollowTheRealAv2017Counts() throws IOException {
        int n = 100_000;
        Map<String, Integer> sites = new HashMap<>();
        Map<String, Integer> stageFirst = new HashMap<>();
        Map<String, Integer> routes = new HashMap<>();
        int femaleSiteWithMaleSex = 0;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(generate(n, 7))) {
            for (NamedCsvRecord r : csv) {
                sites.merge(r.getField("SITE_ICD10_O2_3CHAR"), 1, Integer::sum);
                String stage = r.getField("STAGE_BEST");
                stageFirst.merge(stage.isEmpty() ? "" : stage.substring(0, 1), 1, Integer::sum);
                if (r.getField("SITE_ICD10_O2_3CHAR").equals("C40") || r.getField("SITE_ICD10_O2_3CHAR").equals("C41")) {
                    routes.merge(r.getField("ROUTE_TO_DIAGNOSIS"), 1, Integer::sum);
                }
                if (r.getField("SITE_ICD10_O2_3CHAR").equals("C53") && r.getField("SEX").equals("1")) {
                    femaleSiteWithMaleSex++;
                }
            }
        }
        // AV2017: C44 618,782 and C34 191,842 of 2,483,089 tumours; stage '?' 840,211
        assertThat(sites.get("C44") / (double) n).isCloseTo(618_782 / 2_483_089.0, within(0.01));
        assertThat(sites.get("C34") / (double) n).isCloseTo(191_842 / 2_483_089.0, within(0.005));
        assertThat(stageFirst.get("?") / (double) n).isCloseTo(840_211 / 2_483_089.0, within(0.01));
        assertThat(femaleSiteWithMaleSex).isZero();
        assertThat(routes).doesNotContainKey("Screening"); // bone sarcoma: no screening route in the real table
    }
}
