package org.rarewatch.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rarewatch.app.report.AnnualReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./rarewatch report --edition YEAR --out DIR}: the annual report as report.html and report.pdf. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the annual report of an edition to DIR/report.html (self-contained) and "
                + "DIR/report.pdf (PDF/UA-1, PDF/A-3u). An unpublished edition gives a DRAFT preview.")
public class ReportCommand implements Callable<Integer> {

    @Option(names = "--edition", paramLabel = "YEAR", required = true, description = "Edition year, e.g. 2020")
    int edition;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write (created if missing)")
    Path out;

    @Mixin
    DatabaseOptions database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = DatabaseContext.start(database.target())) {
            AnnualReport.Files files = context.getBean(AnnualReport.class).build(edition);
            Files.createDirectories(out);
            Files.write(out.resolve("report.html"), files.html());
            Files.write(out.resolve("report.pdf"), files.pdf());
            spec.commandLine().getOut().printf("wrote %s (%d bytes) and %s (%d bytes)%s%n",
                    out.resolve("report.html"), files.html().length, out.resolve("report.pdf"), files.pdf().length,
                    files.draft() ? ": DRAFT preview, edition " + edition + " is not published" : "");
        }
        return RarewatchMain.EXIT_OK;
    }
}
