package org.rarewatch.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.io.Sha256;

/**
 * Where the reference tables come from: the versions bundled in the application, or a directory
 * holding {@code plans.csv}, {@code commitments.csv}, ... (for an editor trying a corrected table).
 */
public record ReferenceSource(Path directory) {

    public static ReferenceSource bundled() {
        return new ReferenceSource(null);
    }

    public boolean isBundled() {
        return directory == null;
    }

    /** The raw bytes of one table, with its display name, version and SHA-256. */
    public RawTable load(ReferenceDataset dataset) {
        if (isBundled()) {
            String resource = dataset.bundledResource();
            try (InputStream in = ReferenceSource.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled reference table missing from the build: " + resource);
                }
                return RawTable.of(resource, ReferenceDataset.BUNDLED_VERSION, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path file = directory.resolve(dataset.fileName());
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(), "reference table not found"));
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return RawTable.of(file.toString(), null, bytes);
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    /** A reference file as loaded; a table from a directory is versioned by its content hash. */
    public record RawTable(String name, String version, String sha256, byte[] bytes) {

        static RawTable of(String name, String version, byte[] bytes) {
            String sha = sha256(bytes);
            return new RawTable(name, version == null ? "local-" + sha.substring(0, 12) : version, sha, bytes);
        }

        private static String sha256(byte[] bytes) {
            return Sha256.hex(bytes);
        }
    }
}
