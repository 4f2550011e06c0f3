package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rarewatch.app.cli.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.published.PublishedFiles;
import org.rarewatch.app.support.TestDatabases;
import org.rarewatch.engine.io.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code rarewatch import published}: migrates the database, imports, says when a file changed nothing. */
class ImportPublishedCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsTheBundledFileOnceThenChangesNothing() throws Exception {
        String url = TestDatabases.freshH2Url();
        String sha = Sha256.hex(Files.readAllBytes(PublishedFiles.BUNDLED)).substring(0, 12);
        CommandRun first = run("import", "published", PublishedFiles.BUNDLED.toString(), "--publisher", "NHS Digital; ONS; PHE",
                "--db", url, "--db-user", "sa");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("published-figures-2026-11.csv: imported 19 rows (SHA-256 " + sha + ")"
                + System.lineSeparator());
        CommandRun second = run("import", "published", PublishedFiles.BUNDLED.toString(), "--db", url, "--db-user", "sa");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo("published-figures-2026-11.csv: already imported, 19 rows (SHA-256 " + sha
                + "); nothing changed" + System.lineSeparator());
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_figure").query(Long.class).single()).isEqualTo(19);
        assertThat(jdbc.sql("SELECT publisher FROM published_release").query(String.class).single())
                .isEqualTo("NHS Digital; ONS; PHE");
    }

    @Test
    void aBadFileFailsWithOneLinePerProblemAndImportsNothing() {
        String url = TestDatabases.freshH2Url();
        Path bad = PublishedFiles.write(dir, "bad.csv", PublishedFiles.HEADER
                + PublishedFiles.row("cli_share", "2019", "54.5")
                + PublishedFiles.row("cli_share", "2020", "154")
                + PublishedFiles.row("cli_share", "2021", "54").replace("https://digital.nhs.uk/example", "www.example.org"));
        CommandRun run = run("import", "published", bad.toString(), "--db", url, "--db-user", "sa");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "rarewatch: " + bad + ":3: column value: value \"154\": a percentage must be between 0 and 100"
                        + System.lineSeparator()
                        + "rarewatch: " + bad + ":4: column source_url: value \"www.example.org\": must be an http or "
                        + "https address" + System.lineSeparator());
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_release").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_figure").query(Long.class).single()).isZero();
    }

    @Test
    void usageErrors() {
        assertThat(run("import", "published").exit()).isEqualTo(2);
        CommandRun missing = run("import", "published", dir.resolve("none.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("none.csv: file not found");
    }
}
