package org.rarewatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.rarewatch.app.registry.RegistryImportOptions;
import org.rarewatch.app.registry.RegistryImportOutcome;
import org.rarewatch.app.registry.RegistryImporter;
import org.rarewatch.app.registry.RegistryReleaseStore;
import org.rarewatch.app.registry.RegistryStaging;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./rarewatch import registry FILE --format simulacrum [--db URL]}: a record-level registry extract,
 * streamed through the same engine path as {@code stage}, stored as one data release of indicator rows.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Import a record-level registry extract as a data release: streamed and reduced to "
                + "early-diagnosis indicator rows (the rows stage writes); no patient-level row is stored. One "
                + "transaction; a file already imported (same SHA-256) changes nothing. The newest import is current.")
public class ImportRegistryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Record-level extract (CSV).")
    Path file;

    @Option(names = "--synthetic", description = "Record the release as SYNTHETIC (it describes no real person), "
            + "e.g. a file written by generate registry.")
    boolean synthetic;

    @Mixin
    RegistryExtractOptions extract;

    @Mixin
    DatabaseOptions database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RegistryStaging.Options reading = extract.options(spec.commandLine());
        RegistryImportOptions options = new RegistryImportOptions(null, reading, synthetic,
                RegistryExtractOptions.progress(file), extract.rejectsSink());
        DataSource dataSource = DatabaseContext.migratedDataSource(database.target());
        RegistryImporter importer = new RegistryImporter(new RegistryReleaseStore(dataSource, Clock.systemUTC()),
                Clock.systemUTC());
        RegistryImportOutcome outcome = importer.importFile(file, options);
        spec.commandLine().getOut().println(outcome.describe());
        return RarewatchMain.EXIT_OK;
    }
}
