package org.rarewatch.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.cli.RarewatchMain;
import org.rarewatch.app.support.TestDatabases;

/** {@code ./rarewatch report} on an H2 file database seeded with the demo editions through {@code import tracker}. */
class ReportCommandTest {

    @Test
    void writesBothFilesTwiceIdenticallyAndFailsInOneLine(@TempDir Path dir) throws Exception {
        String db = TestDatabases.freshH2Url();
        Result seeded = run("import", "tracker", Path.of("src/main/resources/tracker/demo").toString(), "--db", db,
                "--db-user", "sa");
        assertThat(seeded.code()).as(seeded.err()).isZero();

        Result first = run("report", "--edition", "2020", "--out", dir.resolve("a").toString(), "--db", db, "--db-user", "sa");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("report.html").contains("report.pdf");
        Result second = run("report", "--edition", "2020", "--out", dir.resolve("b").toString(), "--db", db, "--db-user", "sa");
        assertThat(second.code()).isZero();
        for (String name : new String[] {"report.html", "report.pdf"}) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(name));
            assertThat(a).as(name).isNotEmpty().isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("a/report.pdf")), 0, 8)).startsWith("%PDF-");

        Result draft = run("report", "--edition", "2026", "--out", dir.resolve("d").toString(), "--db", db, "--db-user", "sa");
        assertThat(draft.code()).isZero();
        assertThat(draft.out()).contains("DRAFT preview");

        Result unknown = run("report", "--edition", "1999", "--out", dir.resolve("x").toString(), "--db", db, "--db-user", "sa");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().lines().toList()).containsExactly("rarewatch: no edition 1999");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aPublishedEditionWhoseStoredContentNoLongerMatchesItsHashIsRefused(@TempDir Path dir) throws Exception {
        String db = TestDatabases.freshH2Url();
        assertThat(run("import", "tracker", Path.of("src/main/resources/tracker/demo").toString(), "--db", db,
                "--db-user", "sa").code()).isZero();
        // tamper behind the application's back: the freeze trigger has to be dropped to do it at all
        try (var c = java.sql.DriverManager.getConnection(db, "sa", ""); var s = c.createStatement()) {
            s.execute("DROP TRIGGER evidence_frozen");
            assertThat(s.executeUpdate("UPDATE evidence SET claim = 'rewritten' WHERE edition_year = 2020 AND seq = 1 "
                    + "AND commitment_id = 'LTP-02'")).isEqualTo(1);
        }
        Result refused = run("report", "--edition", "2020", "--out", dir.resolve("r").toString(), "--db", db,
                "--db-user", "sa");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().lines().toList()).singleElement().asString()
                .startsWith("rarewatch: edition 2020 is published with content hash ")
                .endsWith("the snapshot has been altered, so no report is built");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void badFlagsAreUsageErrors(@TempDir Path dir) {
        Result notANumber = run("report", "--edition", "abc", "--out", dir.toString());
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err().lines().toList()).singleElement().asString()
                .startsWith("rarewatch: Invalid value for option '--edition'");
        Result missing = run("report", "--edition", "2020");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines().toList()).singleElement().asString().contains("--out");
        assertThat(run("report", "--edition", "2020", "--out", dir.toString(), "--bogus").code()).isEqualTo(2);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RarewatchMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
