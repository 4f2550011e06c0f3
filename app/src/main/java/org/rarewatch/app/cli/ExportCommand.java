package org.rarewatch.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rarewatch.app.tracker.exchange.TrackerExporter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./rarewatch export ...}: write stored content to files. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write stored content to files.",
        subcommands = {ExportCommand.Tracker.class})
public class ExportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to export, e.g. export tracker --out DIR");
    }

    /** {@code ./rarewatch export tracker --out DIR}: the whole commitment tracker as CSV and JSON. */
    @Command(name = "tracker", mixinStandardHelpOptions = true,
            description = "Write editions, assessments, evidence, figures, recommendations and change history "
                    + "to DIR as CSV files and tracker.json (re-importable with: import tracker DIR).")
    static class Tracker implements Callable<Integer> {

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write (created if missing)")
        Path out;

        @Mixin
        DatabaseOptions database;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = DatabaseContext.start(database.target())) {
                TrackerExporter.Summary s = context.getBean(TrackerExporter.class).export(out);
                spec.commandLine().getOut().printf(
                        "exported %d editions, %d assessments, %d evidence items, %d figures, %d recommendations, "
                                + "%d history entries to %s%n",
                        s.editions(), s.assessments(), s.evidence(), s.figures(), s.recommendations(), s.changes(), out);
            }
            return RarewatchMain.EXIT_OK;
        }
    }
}
