package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate registry} then {@code stage}, end to end through the command line, without Spring. */
class StageCommandTest {

    @TempDir
    static Path dir;

    static Path extract;
    static Path indicators;
    static Path rejects;

    static CommandRun run(String... args) {
        return CommandRun.run(args);
    }

    @BeforeAll
    static void generateAndStage() {
        extract = dir.resolve("extract.csv");
        indicators = dir.resolve("out.csv");
        rejects = dir.resolve("rejects.csv");
        CommandRun generated = run("generate", "registry", "--rows", "200000", "--seed", "2026", "--out", extract.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        CommandRun staged = run("stage", extract.toString(), "--format", "simulacrum", "--out", indicators.toString(),
                "--rejects", rejects.toString());
        assertThat(staged.exit()).as(staged.err()).isZero();
    }

    private static List<NamedCsvRecord> rows(Path file) throws IOException {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            csv.forEach(rows::add);
        }
        return rows;
    }

    /**
     * Lung (C34) early and advanced counts by year, counted independently of the engine from the raw file
     * under the documented rule: sex 1 or 2, stage 1–2 early and 3–4 advanced by first character, stage 0
     * and unknown stage out; rows with an invalid date or age are not counted.
     */
    private static Map<String, long[]> independentLungCount() throws IOException {
        Map<String, long[]> byYear = new TreeMap<>();
        for (NamedCsvRecord r : rows(extract)) {
            if (!r.getField("SITE_ICD10_O2_3CHAR").equals("C34")) {
                continue;
            }
            String sex = r.getField("SEX");
            String date = r.getField("DIAGNOSISDATEBEST");
            String age = r.getField("AGE");
            if (!(sex.equals("1") || sex.equals("2")) || !date.matches("\\d{4}-\\d{2}-\\d{2}") || !age.matches("\\d{1,3}")) {
                continue;
            }
            String stage = r.getField("STAGE_BEST");
            char first = stage.isEmpty() ? ' ' : stage.charAt(0);
            long[] counts = byYear.computeIfAbsent(date.substring(0, 4), y -> new long[2]);
            if (first == '1' || first == '2') {
                counts[0]++;
            } else if (first == '3' || first == '4') {
                counts[1]++;
            }
        }
        return byYear;
    }

    @Test
    void lungEarlyAndAdvancedMatchAnIndependentCount() throws IOException {
        Map<String, long[]> expected = independentLungCount();
        Map<String, long[]> actual = new TreeMap<>();
        for (NamedCsvRecord r : rows(indicators)) {
            if (r.getField("indicator").equals("early_nhs") && r.getField("cancer_group").equals("Lung")) {
                long early = Long.parseLong(r.getField("numerator"));
                long staged = Long.parseLong(r.getField("denominator"));
                actual.put(r.getField("period"), new long[] {early, staged - early});
            }
        }
        assertThat(expected).hasSize(5); // 2013-2017, as in the AV2017 snapshot
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        long total = 0;
        for (String year : expected.keySet()) {
            assertThat(actual.get(year)).as("lung " + year).containsExactly(expected.get(year));
            total += expected.get(year)[0] + expected.get(year)[1];
        }
        assertThat(total).isGreaterThan(3000);
    }

    @Test
    void inclusiveCoverageIsOneForAllCancersAndTheNhsMeasureCoversLess() throws IOException {
        int years = 0;
        for (NamedCsvRecord r : rows(indicators)) {
            if (!r.getField("cancer_group").equals("All cancers")) {
                continue;
            }
            if (r.getField("indicator").equals("early_inclusive_coverage")) {
                years++;
                assertThat(r.getField("value")).isEqualTo("1");
                assertThat(r.getField("numerator")).isEqualTo(r.getField("denominator"));
            }
            if (r.getField("indicator").equals("early_nhs_coverage")) {
                assertThat(Double.parseDouble(r.getField("value"))).isBetween(0.2, 0.8);
            }
        }
        assertThat(years).isEqualTo(5);
    }

    @Test
    void outputHasEveryIndicatorIdAndGroupSet() throws IOException {
        List<NamedCsvRecord> out = rows(indicators);
        assertThat(out).extracting(r -> r.getField("indicator")).contains("early_nhs", "early_nhs_completeness",
                "early_nhs_coverage", "early_inclusive", "early_inclusive_coverage", "early_inclusive_share_measured",
                "early_inclusive_share_imputed", "early_inclusive_share_mapped", "early_inclusive_share_proxy",
                "early_inclusive_share_unmeasured");
        assertThat(out).extracting(r -> r.getField("cancer_group")).contains("All cancers",
                "Rare and less common cancers", "Big four cancers", "Lung", "Brain", "Bone",
                "Children's cancers (ICCC-3, ages 0-14)", "Teenage and young adult cancers (AYA recode, ages 15-24)");
        assertThat(Files.readString(rejects)).startsWith("reason,description,rows_rejected");
    }

    @Test
    void sameSeedGivesTheSameFile() throws IOException {
        Path again = dir.resolve("again.csv");
        assertThat(run("generate", "registry", "--rows", "3000", "--seed", "5", "--out", again.toString()).exit()).isZero();
        Path other = dir.resolve("other.csv");
        assertThat(run("generate", "registry", "--rows", "3000", "--seed", "5", "--out", other.toString()).exit()).isZero();
        assertThat(Files.mismatch(again, other)).isEqualTo(-1L);
    }

    @Test
    void badInputGivesOneClearLinePerProblemAndNoStackTrace() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        CommandRun r = run("stage", empty.toString(), "--out", dir.resolve("x.csv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("empty.csv: the file is empty").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("x.csv")).doesNotExist();

        Path noColumns = Files.writeString(dir.resolve("cols.csv"), "A,B\n1,2\n");
        CommandRun cols = run("stage", noColumns.toString(), "--out", dir.resolve("x.csv").toString());
        assertThat(cols.exit()).isEqualTo(1);
        assertThat(cols.err().lines().count()).isEqualTo(5);
        assertThat(cols.err()).contains("DIAGNOSISDATEBEST").contains("STAGE_BEST");

        Path bad = Files.writeString(dir.resolve("bad.csv"), "DIAGNOSISDATEBEST,SITE_ICD10_O2,AGE,SEX,STAGE_BEST\n"
                + "someday,C341,50,1,1\n2016-01-01,C341,50,1,Q\n");
        Path badRejects = dir.resolve("bad-rejects.csv");
        CommandRun refused = run("stage", bad.toString(), "--out", dir.resolve("x.csv").toString(), "--rejects",
                badRejects.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("2 of 2 rows (100.0%) are bad").contains("bad.csv:2").contains("bad.csv:3");
        assertThat(Files.readString(badRejects)).contains("bad_date").contains("unknown_stage_code");

        CommandRun missing = run("stage", dir.resolve("nope.csv").toString(), "--out", dir.resolve("x.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("file not found");

        CommandRun usage = run("stage", extract.toString());
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err().lines().count()).isEqualTo(1);
        CommandRun format = run("stage", extract.toString(), "--out", dir.resolve("x.csv").toString(), "--format", "xlsx");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be simulacrum or csv");
        assertThat(run("generate", "registry", "--rows", "-1", "--out", dir.resolve("y.csv").toString()).exit())
                .isEqualTo(2);
    }
}
