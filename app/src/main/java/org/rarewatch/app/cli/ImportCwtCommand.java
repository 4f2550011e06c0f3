package org.rarewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rarewatch.app.waitingtimes.CwtReleaseStore;
import org.rarewatch.app.waitingtimes.ImportOutcome;
import org.rarewatch.app.waitingtimes.ReleaseStatus;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./rarewatch import cwt FILE... [--db URL]}: CWT-CRS provider extracts as data releases. */
@Command(name = "cwt", mixinStandardHelpOptions = true,
        description = "Import NHS England CWT-CRS provider extracts (.xlsx or .csv) as data releases: all files in one "
                + "transaction; a file already imported (same SHA-256) changes nothing.")
public class ImportCwtCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CWT-CRS provider extracts")
    List<Path> files;

    @Option(names = "--status", paramLabel = "provisional|final",
            description = "Release status (default: final when the file name says Final, else provisional)")
    String status;

    @Mixin
    DatabaseOptions database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReleaseStatus forced = null;
        if (status != null) {
            try {
                forced = ReleaseStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--status must be provisional or final, not '" + status + "'");
            }
        }
        List<InputProblem> missing = new ArrayList<>();
        List<CwtReleaseStore.ReleaseFile> releaseFiles = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                missing.add(InputProblem.ofFile(file.toString(), "file not found"));
            }
            releaseFiles.add(new CwtReleaseStore.ReleaseFile(file, file.getFileName().toString(), forced));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        CwtReleaseStore store = new CwtReleaseStore(DatabaseContext.migrated(database.target()), Clock.systemUTC());
        var err = spec.commandLine().getErr();
        List<ImportOutcome> outcomes = store.importFiles(releaseFiles,
                (file, rows) -> err.printf("importing %s: %d rows read%n", file, rows));
        for (ImportOutcome outcome : outcomes) {
            spec.commandLine().getOut().println(outcome.describe());
        }
        return RarewatchMain.EXIT_OK;
    }
}
