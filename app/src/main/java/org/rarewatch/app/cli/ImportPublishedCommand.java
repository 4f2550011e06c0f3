package org.rarewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.rarewatch.app.published.PublishedFigureStore;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./rarewatch import published FILE.csv [--db URL]}: headline figures quoted from publications. */
@Command(name = "published", mixinStandardHelpOptions = true,
        description = "Import headline figures quoted from official publications (CSV with their citations; format "
                + "in docs/data.md) as a release: all or nothing, one line per problem; a file already imported "
                + "(same SHA-256) changes nothing; a later file's figure for the same indicator, cancer group, "
                + "geography and period supersedes the earlier one.")
public class ImportPublishedCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Published-figures CSV file")
    Path file;

    @Option(names = "--publisher", paramLabel = "TEXT",
            description = "Who published the figures (default: the host names of the source addresses)")
    String publisher;

    @Mixin
    DatabaseOptions database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(), "file not found"));
        }
        PublishedFigureStore store = new PublishedFigureStore(DatabaseContext.migratedDataSource(database.target()),
                Clock.systemUTC());
        spec.commandLine().getOut().println(store.importFile(file, publisher).describe());
        return RarewatchMain.EXIT_OK;
    }
}
