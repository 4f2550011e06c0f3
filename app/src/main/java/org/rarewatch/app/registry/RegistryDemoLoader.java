package org.rarewatch.app.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.synthetic.SyntheticRegistryGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code rarewatch.demo=true}, writes a SYNTHETIC Simulacrum-layout extract with the engine's
 * generator (fixed size and seed, so always the same bytes) into a temporary file, imports it through
 * {@link RegistryImporter} as a synthetic release and deletes the file. A later start finds the synthetic
 * release of that name on record and does nothing (not even generating the file).
 */
@Component
@ConditionalOnProperty(name = "rarewatch.demo", havingValue = "true")
class RegistryDemoLoader implements InitializingBean {

    static final long ROWS = 200_000;
    /** The date of Cancer52's 2020 report announcement, as in the demo tracker edition. */
    static final long SEED = 20200408L;
    static final String FILE_NAME = "synthetic-sim_av_tumour-" + ROWS + "-rows-seed-" + SEED + ".csv";

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoLoader.class);

    private final RegistryImporter importer;
    private final RegistryReleaseStore store;

    RegistryDemoLoader(RegistryImporter importer, RegistryReleaseStore store) {
        this.importer = importer;
        this.store = store;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        long started = System.nanoTime();
        RegistryImportOutcome outcome = load();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (outcome == null) {
            log.info("Demo registry: synthetic release {} already on record; nothing to do ({} ms)", FILE_NAME, millis);
        } else {
            log.info("Demo registry: {} in {} ms (generating the file took {} ms)", outcome.describe(), millis,
                    generationMillis);
        }
    }

    private long generationMillis;

    long generationMillis() {
        return generationMillis;
    }

    /** Imports the synthetic extract; null when a synthetic release of that name is already on record. */
    RegistryImportOutcome load() throws IOException {
        if (store.releases().stream().anyMatch(r -> r.synthetic() && r.fileName().equals(FILE_NAME))) {
            return null;
        }
        long started = System.nanoTime();
        Path dir = Files.createTempDirectory("rarewatch-demo-registry-");
        Path file = dir.resolve(FILE_NAME);
        try {
            SyntheticRegistryGenerator generator = new SyntheticRegistryGenerator(CancerGroupTable.current());
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
                generator.write(out, ROWS, SEED);
            }
            generationMillis = (System.nanoTime() - started) / 1_000_000;
            return importer.importFile(file, RegistryImportOptions.simulacrum(true));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
