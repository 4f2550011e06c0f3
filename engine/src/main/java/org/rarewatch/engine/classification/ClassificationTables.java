package org.rarewatch.engine.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.rarewatch.engine.reference.ReferenceTable;

/** Loads a bundled classification CSV from the engine's classpath. */
public final class ClassificationTables {

    private ClassificationTables() {
    }

    public static ReferenceTable load(String resource, List<String> requiredColumns) {
        try (InputStream in = ClassificationTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classification table missing from the build: " + resource);
            }
            return ReferenceTable.read(resource, in, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
