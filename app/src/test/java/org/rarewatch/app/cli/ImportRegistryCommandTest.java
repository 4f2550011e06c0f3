package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code rarewatch import registry}: generate, import, import again; bad input stores nothing. */
class ImportRegistryCommandTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.run(args);
    }

    private static long count(String url, String table) {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void importsAGeneratedExtractOnceThenChangesNothing() {
        String url = TestDatabases.freshH2Url();
        Path extract = dir.resolve("extract.csv");
        Path rejects = dir.resolve("rejects.csv");
        assertThat(run("generate", "registry", "--rows", "8000", "--seed", "3", "--out", extract.toString()).exit())
                .isZero();
        CommandRun first = run("import", "registry", extract.toString(), "--format", "simulacrum", "--synthetic",
                "--rejects", rejects.toString(), "--db", url, "--db-user", "sa");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("extract.csv: imported SYNTHETIC registry extract, 8000 rows read, ")
                .containsPattern("\\d+ indicator rows stored \\(SHA-256 [0-9a-f]{12}\\)")
                .hasLineCount(1);
        assertThat(rejects).content().startsWith("reason,description,rows_rejected");
        long indicators = count(url, "registry_indicator");
        assertThat(indicators).isPositive().isLessThan(8000);
        assertThat(count(url, "registry_release")).isEqualTo(1);

        CommandRun second = run("import", "registry", extract.toString(), "--db", url, "--db-user", "sa");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("extract.csv: already imported (SHA-256 ").contains("nothing changed");
        assertThat(count(url, "registry_indicator")).isEqualTo(indicators);
        assertThat(count(url, "registry_release")).isEqualTo(1);
    }

    @Test
    void aFileMissingARequiredColumnFailsInOneLineAndStoresNothing() throws IOException {
        String url = TestDatabases.freshH2Url();
        Path noStage = Files.writeString(dir.resolve("no-stage.csv"), "DIAGNOSISDATEBEST,SITE_ICD10_O2,AGE,SEX\n"
                + "2016-01-01,C341,50,1\n");
        CommandRun run = run("import", "registry", noStage.toString(), "--db", url, "--db-user", "sa");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).startsWith("rarewatch: " + noStage).contains("STAGE_BEST")
                .doesNotContain("Exception");
        assertThat(count(url, "registry_release")).isZero();
        assertThat(count(url, "registry_indicator")).isZero();

        CommandRun missing = run("import", "registry", dir.resolve("nope.csv").toString(), "--db", url, "--db-user", "sa");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("rarewatch: " + dir.resolve("nope.csv") + ": file not found"
                + System.lineSeparator());
    }

    @Test
    void usageErrors() {
        CommandRun format = run("import", "registry", "x.csv", "--format", "xlsx");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be simulacrum or csv, not xlsx");
        assertThat(run("import", "registry", "x.csv", "--max-bad-share", "2").err())
                .contains("--max-bad-share must be between 0 and 1");
        assertThat(run("import", "registry").exit()).isEqualTo(2);
    }
}
