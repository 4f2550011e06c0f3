package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.support.TestDatabases;
import org.rarewatch.app.waitingtimes.CwtFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code rarewatch import cwt}: migrates the database, imports, and says when a file changed nothing. */
class ImportCwtCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void importsOnceThenChangesNothing() {
        String url = TestDatabases.freshH2Url();
        CliRun first = run("import", "cwt", CwtFiles.OCT_2023.toString(), "--db", url, "--db-user", "sa");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("CWT-CRS-Oct-2023-Data-Extract-Provider.xlsx: imported 9912 rows, 2023-10, "
                + "provisional (SHA-256 680767c09468)" + System.lineSeparator());
        CliRun second = run("import", "cwt", CwtFiles.OCT_2023.toString(), "--db", url, "--db-user", "sa");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("already imported (SHA-256 680767c09468); nothing changed");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cwt_provider_count").query(Long.class).single()).isEqualTo(9_912);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cwt_release").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBadFileFailsWithItsProblemsAndImportsNothing() {
        String url = TestDatabases.freshH2Url();
        Path bad = CwtFiles.write(dir, "bad.csv", CwtFiles.HEADER
                + CwtFiles.fdsRow("2023-10", 10, 7).replace("Suspected sarcoma", "Suspected appendix cancer"));
        CliRun run = run("import", "cwt", CwtFiles.OCT_2023.toString(), bad.toString(), "--db", url, "--db-user", "sa");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("rarewatch: " + bad + ":2: column CANCER TYPE: value \"Suspected appendix cancer\": "
                + "unknown cancer type for 28-day FDS in 2023-10" + System.lineSeparator());
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cwt_release").query(Long.class).single()).isZero();
    }

    @Test
    void usageErrors() {
        assertThat(run("import").exit()).isEqualTo(2);
        assertThat(run("import", "cwt", CwtFiles.OCT_2023.toString(), "--status", "draft").err())
                .contains("--status must be provisional or final");
    }
}
