package org.rarewatch.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.cli.RarewatchMain;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.indicator.IndicatorCsv;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.io.Sha256;
import org.rarewatch.engine.synthetic.SyntheticRegistryGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registry releases: import, idempotence, atomicity, aggregates only; run against H2 and PostgreSQL by the subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class RegistryReleaseStoreContract {

    private static final List<String> TABLES = List.of("registry_release", "registry_indicator");

    @Autowired
    RegistryImporter importer;
    @Autowired
    RegistryReleaseStore store;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Path generate(String name, long rows, long seed) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            new SyntheticRegistryGenerator(CancerGroupTable.current()).write(out, rows, seed);
        }
        return file;
    }

    /** What {@code ./rarewatch stage} writes for the file. */
    private String staged(Path file) throws IOException {
        Path out = dir.resolve(file.getFileName() + ".indicators.csv");
        StringWriter err = new StringWriter();
        int exit = RarewatchMain.execute(new String[] {"stage", file.toString(), "--format", "simulacrum", "--out",
                out.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return Files.readString(out);
    }

    private static String csv(List<IndicatorRow> rows) {
        StringWriter w = new StringWriter();
        IndicatorCsv.write(w, rows);
        return w.toString();
    }

    @Test
    void storesExactlyTheRowsStageWritesWithProvenanceAndNoPatientLevelRow() throws IOException {
        Path file = generate("extract-a.csv", 30_000, 11);
        RegistryImportOutcome outcome = importer.importFile(file, RegistryImportOptions.simulacrum(true));
        assertThat(outcome.alreadyImported()).isFalse();
        assertThat(outcome.rowsRead()).isEqualTo(30_000);
        assertThat(outcome.rowsCounted() + outcome.rowsRejected()).isEqualTo(30_000);
        assertThat(outcome.describe()).contains("imported SYNTHETIC registry extract, 30000 rows read");

        RegistryRelease current = store.current().orElseThrow();
        assertThat(current.sha256()).isEqualTo(Sha256.ofFile(file)).isEqualTo(outcome.sha256());
        assertThat(current.fileName()).isEqualTo("extract-a.csv");
        assertThat(current.format()).isEqualTo("simulacrum");
        assertThat(current.synthetic()).isTrue();
        assertThat(current.rowsRead()).isEqualTo(30_000);
        assertThat(current.rowsCounted()).isEqualTo(outcome.rowsCounted());
        assertThat(current.rowsRejected()).isEqualTo(outcome.rowsRejected());
        assertThat(current.importedAt()).isNotNull();
        assertThat(store.releases()).contains(current);

        // the same rows, in the same order, as the stateless stage command writes for the same file
        List<IndicatorRow> rows = store.currentRows();
        assertThat(csv(rows)).isEqualTo(staged(file));
        assertThat(rows).extracting(IndicatorRow::indicator).contains("early_nhs", "early_nhs_completeness",
                "early_nhs_coverage", "early_inclusive", "early_inclusive_coverage", "early_inclusive_share_imputed");

        // aggregates only: one stored row per indicator row, far fewer than the extract's rows
        long stored = jdbc.sql("SELECT COUNT(*) FROM registry_indicator WHERE release_sha256 = ?")
                .param(current.sha256()).query(Long.class).single();
        assertThat(stored).isEqualTo(rows.size()).isEqualTo(current.rowCount()).isEqualTo(outcome.indicatorRows())
                .isLessThan(current.rowsRead() / 5);
    }

    @Test
    void noColumnCanHoldAPatientLevelValue() {
        List<String> columns = jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_name IN ('registry_release', 'registry_indicator')""").query(String.class).list();
        List<String> expected = new ArrayList<>();
        for (String c : List.of("sha256", "file_name", "format", "synthetic", "rows_read", "rows_counted",
                "rows_rejected", "imported_at", "row_count")) {
            expected.add("registry_release." + c);
        }
        expected.add("registry_indicator.release_sha256");
        expected.add("registry_indicator.seq");
        IndicatorRow.COLUMNS.forEach(c -> expected.add("registry_indicator." + c));
        assertThat(columns).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        Path file = generate("extract-b.csv", 5_000, 12);
        RegistryImportOutcome first = importer.importFile(file, RegistryImportOptions.simulacrum(false));
        assertThat(first.alreadyImported()).isFalse();
        Map<String, List<Map<String, Object>>> before = snapshot();

        RegistryImportOutcome second = importer.importFile(file, RegistryImportOptions.simulacrum(false));
        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.describe()).contains("already imported").contains("nothing changed");
        assertThat(second.indicatorRows()).isEqualTo(first.indicatorRows());
        assertThat(snapshot()).isEqualTo(before);

        // the store itself is idempotent too
        RegistryRelease release = store.release(first.sha256()).orElseThrow();
        assertThat(store.importRows(release, store.rows(release.sha256())).alreadyImported()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theNewestImportIsCurrentAndOlderOnesStayOnRecord() throws IOException {
        Path older = generate("extract-c.csv", 3_000, 13);
        Path newer = generate("extract-d.csv", 3_000, 14);
        RegistryImportOutcome a = importer.importFile(older, RegistryImportOptions.simulacrum(false));
        RegistryImportOutcome b = importer.importFile(newer, RegistryImportOptions.simulacrum(false));
        assertThat(store.current().orElseThrow().sha256()).isEqualTo(b.sha256());
        assertThat(store.releases()).extracting(RegistryRelease::sha256).contains(a.sha256(), b.sha256());
        assertThat(csv(store.currentRows())).isEqualTo(staged(newer));
    }

    @Test
    void aFileWithTooManyBadRowsImportsNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "DIAGNOSISDATEBEST,SITE_ICD10_O2,AGE,SEX,STAGE_BEST\n"
                + "2016-01-01,C341,50,1,1\nsomeday,C341,50,1,1\n2016-01-01,C341,50,1,Q\n");
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThatThrownBy(() -> importer.importFile(bad, RegistryImportOptions.simulacrum(false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("2 of 3 rows").contains("bad.csv:3").contains("bad.csv:4"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFailureHalfWayThroughStoringLeavesTheTablesAsTheyWere() throws IOException {
        Path file = generate("extract-e.csv", 3_000, 15);
        List<IndicatorRow> rows = RegistryStaging.stage(file, "extract-e.csv", RegistryStaging.Options.simulacrum(),
                org.rarewatch.engine.registry.read.ProgressListener.NONE, RegistryStaging.RejectsSink.NONE).rows();
        List<IndicatorRow> many = new ArrayList<>();
        while (many.size() < 2_500) {
            many.addAll(rows); // past the first batches, so rows have reached the database before the failure
        }
        IndicatorRow last = many.get(many.size() - 1);
        many.add(new IndicatorRow("x".repeat(300), last.definitionVersion(), last.cancerGroup(), last.geography(),
                last.period(), last.sex(), last.ageBand(), last.numerator(), last.denominator(), last.value(),
                last.lower95(), last.upper95(), last.method(), last.flags(), last.source()));
        RegistryRelease release = new RegistryRelease(Sha256.hex("forced failure"), "extract-e.csv", "simulacrum",
                false, 3_000, 3_000, 0, null, many.size());
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThatThrownBy(() -> store.importRows(release, many)).isInstanceOf(RuntimeException.class);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(store.release(release.sha256())).isEmpty();
    }

    @Test
    void theDemoLoadsASyntheticReleaseOnceAndSkipsItOnTheNextStart() throws IOException {
        RegistryDemoLoader loader = new RegistryDemoLoader(importer, store);
        long started = System.nanoTime();
        RegistryImportOutcome outcome = loader.load();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("RegistryDemoLoader: first load " + millis + " ms (generating " + loader.generationMillis()
                + " ms): " + outcome.describe());
        assertThat(outcome.synthetic()).isTrue();
        assertThat(outcome.rowsRead()).isEqualTo(RegistryDemoLoader.ROWS);
        assertThat(store.current().orElseThrow().fileName()).isEqualTo(RegistryDemoLoader.FILE_NAME);
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThat(loader.load()).isNull();
        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows());
        }
        return tables;
    }
}
