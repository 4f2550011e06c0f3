package org.rarewatch.engine.registry.read;

/** Told how far through the file the reader is; called from the reading thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (bytesRead, totalBytes) -> { };

    void progress(long bytesRead, long totalBytes);
}
