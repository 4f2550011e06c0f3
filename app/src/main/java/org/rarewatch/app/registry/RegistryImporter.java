package org.rarewatch.app.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.io.Sha256;
import org.springframework.stereotype.Service;

/**
 * {@code ./rarewatch import registry}: streams a record-level extract through the same engine path as
 * {@code stage} ({@link RegistryStaging}) and stores only the resulting indicator rows, with provenance,
 * as one data release. Invalid input stores nothing; the same file (SHA-256) twice changes nothing and
 * is not read again.
 */
@Service
public class RegistryImporter {

    private final RegistryReleaseStore store;
    private final Clock clock;

    public RegistryImporter(RegistryReleaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException when the file is missing, unreadable or invalid (file, line, column, value,
     *                               reason); then nothing is stored
     */
    public RegistryImportOutcome importFile(Path file, RegistryImportOptions options) throws IOException {
        String name = options.fileName() != null ? options.fileName() : file.getFileName().toString();
        String sha = sha256(file);
        Optional<RegistryRelease> existing = store.release(sha);
        if (existing.isPresent()) {
            return RegistryImportOutcome.of(existing.get(), true);
        }
        RegistryStaging.Staged staged = RegistryStaging.stage(file, name, options.reading(), options.progress(),
                options.rejects());
        if (!sha.equals(sha256(file))) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(),
                    "changed while it was being read: import it again once it is complete"));
        }
        RegistryRelease release = new RegistryRelease(sha, name, options.reading().format(), options.synthetic(),
                staged.rowsRead(), staged.rowsCounted(), staged.rowsRejected(), OffsetDateTime.now(clock),
                staged.rows().size());
        return store.importRows(release, staged.rows());
    }

    private static String sha256(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InvalidInputException(InputProblem.ofFile(name, "file not found"));
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(InputProblem.ofFile(name, "is a directory, not a CSV file"));
        }
        try {
            return Sha256.ofFile(file);
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }
}
