package org.rarewatch.app.registry;

import org.rarewatch.engine.registry.read.ProgressListener;

/**
 * How to import one registry extract.
 *
 * @param fileName  the name to record; null for the file's own name
 * @param reading   layout, column mapping, allowed share of bad rows, threads
 * @param synthetic record the release as synthetic (describes no real person)
 * @param progress  told how far reading has got
 * @param rejects   receives the rejects report (also when the file is refused for too many bad rows)
 */
public record RegistryImportOptions(String fileName, RegistryStaging.Options reading, boolean synthetic,
                                    ProgressListener progress, RegistryStaging.RejectsSink rejects) {

    public RegistryImportOptions {
        reading = reading == null ? RegistryStaging.Options.simulacrum() : reading;
        progress = progress == null ? ProgressListener.NONE : progress;
        rejects = rejects == null ? RegistryStaging.RejectsSink.NONE : rejects;
    }

    /** The Simulacrum layout with the default share of bad rows, no progress, no rejects report. */
    public static RegistryImportOptions simulacrum(boolean synthetic) {
        return new RegistryImportOptions(null, null, synthetic, null, null);
    }

    public RegistryImportOptions withFileName(String name) {
        return new RegistryImportOptions(name, reading, synthetic, progress, rejects);
    }
}
