package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.RarewatchApplication;
import org.rarewatch.app.catalogue.ReferenceDataset;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command-line contract: exit codes and one clear line per problem. */
class RarewatchMainTest {

    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RarewatchMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: rarewatch").contains("serve");
        Run serveHelp = run("serve", "--help");
        assertThat(serveHelp.out()).contains("--demo", "--port", "--db", "--db-user", "--db-password");
    }

    @Test
    void anUnknownCommandIsAOneLineUsageError() {
        Run run = run("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("rarewatch: ").contains("frobnicate").contains("--help");
    }

    @Test
    void aBadFlagIsAOneLineUsageError() {
        Run unknown = run("serve", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()).containsExactly("rarewatch: Unknown option: '--bogus' (see ./rarewatch --help)");
        Run notANumber = run("serve", "--port", "eighty");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.errLines()).hasSize(1);
        assertThat(notANumber.err()).contains("eighty");
    }

    @Test
    void aPortInUseIsReportedInOneLine() throws IOException {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(0));
            Run run = run("serve", "--port", String.valueOf(busy.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly("rarewatch: port " + busy.getLocalPort()
                    + " is already in use: stop the other server or choose --port");
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithItsUrlAndCause() {
        long start = System.nanoTime();
        Run run = run("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/rarewatch");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "rarewatch: cannot connect to database jdbc:postgresql://127.0.0.1:1/rarewatch: Connection refused");
    }

    /** A server that accepts the connection but never answers: the login timeout must still end the wait. */
    @Test
    void aSilentDatabaseServerIsGivenUpOnWithinTenSeconds() throws IOException {
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress("127.0.0.1", 0));
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/rarewatch";
            long start = System.nanoTime();
            Run run = run("serve", "--port", "0", "--db", url);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.err()).startsWith("rarewatch: cannot connect to database " + url + ": ");
        }
    }

    @Test
    void anUnsupportedDatabaseUrlIsRejected() {
        Run run = run("serve", "--port", "0", "--db", "jdbc:mysql://localhost/x");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unsupported database URL jdbc:mysql://localhost/x");
    }

    @Test
    void aMalformedReferenceRowStopsStartupAndLeavesTheDatabaseUnchanged(@TempDir Path dir) throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("db/rarewatch") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        Map<String, Object> before = seedAndSnapshot(url);

        Path reference = Files.createDirectories(dir.resolve("reference"));
        for (ReferenceDataset dataset : ReferenceDataset.values()) {
            try (var in = getClass().getClassLoader().getResourceAsStream(dataset.bundledResource())) {
                Files.write(reference.resolve(dataset.fileName()), in.readAllBytes());
            }
        }
        Path groups = reference.resolve("cancer-groups.csv");
        List<String> lines = Files.readAllLines(groups);
        lines.set(3, lines.get(3).replace(",false,", ",maybe,"));
        Files.write(groups, lines);

        Run run = run("serve", "--port", "0", "--db", url, "--reference", reference.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("rarewatch: " + groups
                + ":4: column big_four: value \"maybe\": must be true or false");
        assertThat(seedAndSnapshot(url)).isEqualTo(before);
    }

    /** Starts the application once (no web server) on the database, then reads back every catalogue table. */
    private static Map<String, Object> seedAndSnapshot(String url) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RarewatchApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=sa")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Map<String, Object> tables = new java.util.TreeMap<>();
            for (String table : List.of("plan", "commitment", "cancer_group_code", "waiting_time_threshold",
                    "reference_dataset", "\"flyway_schema_history\"")) {
                tables.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query().listOfRows().toString());
            }
            return tables;
        }
    }
}
