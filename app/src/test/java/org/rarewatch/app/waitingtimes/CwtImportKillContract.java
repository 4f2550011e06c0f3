package org.rarewatch.app.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real {@code rarewatch import cwt} in a child JVM is killed with SIGKILL in the middle of a large
 * import; the database must then hold none of that release, and stay usable.
 */
abstract class CwtImportKillContract {

    /** 36 months x 11,000 rows: long enough that the kill lands well before the commit. */
    static final int MONTHS = 36;
    static final int ROWS_PER_MONTH = 11_000;

    @TempDir
    Path dir;

    abstract String url();

    abstract String user();

    abstract String password();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aKilledImportLeavesNoneOfTheRelease() throws Exception {
        Path large = largeExtract();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "org.rarewatch.app.cli.RarewatchMain", "import", "cwt", large.toString(),
                "--db", url(), "--db-user", user(), "--db-password", password()));
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean midway = false;
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                seen.add(line);
                if (line.startsWith("importing ") && line.contains(" rows read")) {
                    midway = true;
                    break;
                }
            }
            assertThat(midway).as("child reported progress before finishing; stderr: %s", seen).isTrue();
            Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        DriverManagerDataSource dataSource = new DriverManagerDataSource(url(), user(), password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(count(jdbc, "cwt_release")).isZero();
        assertThat(count(jdbc, "cwt_release_month")).isZero();
        assertThat(count(jdbc, "cwt_provider_count")).isZero();

        // the database is intact: an import still works after the crash
        Path small = CwtFiles.write(dir, "small.csv", CwtFiles.HEADER + CwtFiles.fdsRow("2030-01", 5, 4));
        ImportOutcome outcome = new CwtReleaseStore(dataSource, Clock.systemUTC())
                .importFiles(List.of(new CwtReleaseStore.ReleaseFile(small)), (f, r) -> { }).get(0);
        assertThat(outcome.from()).isEqualTo(YearMonth.of(2030, 1));
        assertThat(count(jdbc, "cwt_provider_count")).isEqualTo(1);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** A valid provider extract of about 400,000 FDS rows (real labels, made-up counts). */
    private Path largeExtract() throws IOException {
        Path file = dir.resolve("CWT-CRS-large-Provider-Provisional.csv");
        String[] types = {"Suspected sarcoma", "Suspected children's cancer", "Suspected breast cancer",
                "Suspected lung cancer", "Suspected skin cancer"};
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(CwtFiles.HEADER);
            YearMonth month = YearMonth.of(2031, 1);
            for (int m = 0; m < MONTHS; m++, month = month.plusMonths(1)) {
                String prefix = CwtFiles.fdsRow(month.toString(), 1, 1).substring(0, 22);
                for (int r = 0; r < ROWS_PER_MONTH; r++) {
                    int total = 10 + r % 50;
                    int within = total - r % 7;
                    out.write(prefix + ",28-day FDS,P" + r + ",URGENT SUSPECTED CANCER,," + types[r % types.length]
                            + "," + total + "," + within + "," + (total - within) + "\n");
                }
            }
        }
        return file;
    }
}
