package org.rarewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rarewatch.app.tracker.exchange.TrackerImporter;
import org.rarewatch.app.tracker.exchange.TrackerSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./rarewatch import KIND ...}: load files into the database (atomic, idempotent, with provenance). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load files into the database: official data releases, registry extracts reduced to aggregates, published figures (with provenance) "
                + "and tracker exports.",
        subcommands = {ImportCwtCommand.class, ImportPublishedCommand.class, ImportRegistryCommand.class, ImportCommand.Tracker.class})
public class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: cwt FILE..., registry FILE, published FILE or tracker DIR");
    }

    /** {@code ./rarewatch import tracker DIR}: read back what {@code export tracker} wrote. */
    @Command(name = "tracker", mixinStandardHelpOptions = true,
            description = "Load a tracker export (the CSV files in DIR). All or nothing: any invalid row stops the "
                    + "import with one line per problem. Editions already stored with the same content are skipped.")
    static class Tracker implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "Directory written by export tracker")
        Path dir;

        @Mixin
        DatabaseOptions database;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + " is not a directory: give the directory export tracker wrote");
            }
            try (ConfigurableApplicationContext context = DatabaseContext.start(database.target())) {
                TrackerImporter.Summary s = context.getBean(TrackerImporter.class)
                        .importFrom(TrackerSource.directory(dir), TrackerImporter.Existing.SKIP_IDENTICAL);
                spec.commandLine().getOut().printf(
                        "imported editions %s (%d assessments, %d evidence items, %d figures, %d new recommendations, "
                                + "%d history entries); already present and unchanged: %s%n",
                        s.imported(), s.assessments(), s.evidence(), s.figures(), s.recommendations(), s.changes(),
                        s.skipped());
            }
            return RarewatchMain.EXIT_OK;
        }
    }
}
