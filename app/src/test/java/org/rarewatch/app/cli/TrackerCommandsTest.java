package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.support.TestDatabases;
import org.rarewatch.app.tracker.exchange.TrackerImporter;
import org.rarewatch.app.tracker.exchange.TrackerSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine;

/** {@code export tracker} and {@code import tracker} from the command line, on H2 file databases. */
class TrackerCommandsTest {

    @Test
    void exportImportExportFromTheCommandLineIsByteIdentical(@TempDir Path dir) throws Exception {
        String source = TestDatabases.freshH2Url();
        // seed the source database with the demo editions through the application's own import
        try (var context = new SpringApplicationBuilder(org.rarewatch.app.RarewatchApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + source, "--rarewatch.demo=false")) {
            context.getBean(TrackerImporter.class).importFrom(TrackerSource.classpath("tracker/demo"),
                    TrackerImporter.Existing.SKIP_IDENTICAL);
        }
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Result export = run("export", "tracker", "--out", first.toString(), "--db", source, "--db-user", "sa");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("exported 2 editions");

        String target = TestDatabases.freshH2Url();
        Result imported = run("import", "tracker", first.toString(), "--db", target, "--db-user", "sa");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported editions [2020, 2026]");
        Result again = run("import", "tracker", first.toString(), "--db", target, "--db-user", "sa");
        assertThat(again.out()).contains("imported editions []").contains("unchanged: [2020, 2026]");
        assertThat(run("export", "tracker", "--out", second.toString(), "--db", target, "--db-user", "sa").code()).isZero();
        for (String name : List.of("editions.csv", "assessments.csv", "evidence.csv", "figures.csv",
                "recommendations.csv", "edition-recommendations.csv", "history.csv", "tracker.json")) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }

        // a broken file: exit 1, one line per problem on stderr, nothing imported
        Path edited = first.resolve("evidence.csv");
        Files.writeString(edited, Files.readString(edited).replaceFirst("https://", "gopher://"));
        String empty = TestDatabases.freshH2Url();
        Result broken = run("import", "tracker", first.toString(), "--db", empty, "--db-user", "sa");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().lines().toList()).singleElement().asString()
                .startsWith("rarewatch: " + edited + ":2: column url: value \"gopher://")
                .endsWith("must be an http or https URL");
        Result exportEmpty = run("export", "tracker", "--out", dir.resolve("empty").toString(), "--db", empty, "--db-user", "sa");
        assertThat(exportEmpty.out()).contains("exported 0 editions");
    }

    @Test
    void theEditorOpenStopGapIsGone() {
        ServeCommand demo = new ServeCommand();
        new CommandLine(demo).parseArgs("--demo");
        assertThat(demo.demo).isTrue();
        assertThatThrownBy(() -> new CommandLine(new ServeCommand()).parseArgs("--editor-open"))
                .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    }

    @Test
    void importOfAMissingDirectoryIsOneLine(@TempDir Path dir) {
        Result r = run("import", "tracker", dir.resolve("nope").toString(), "--db", TestDatabases.freshH2Url(), "--db-user", "sa");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is not a directory");
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
