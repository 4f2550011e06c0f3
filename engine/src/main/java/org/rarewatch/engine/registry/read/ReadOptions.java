package org.rarewatch.engine.registry.read;

/**
 * @param threads           parsing threads (chunks are parsed in parallel)
 * @param chunkBytes        target chunk size; memory use is about (threads + 2) × chunkBytes whatever the file size
 * @param maxBadShare       share of data rows that may be rejected before the whole read is refused (0..1)
 * @param examplesPerReason how many example rows the rejects report keeps per reason
 */
public record ReadOptions(int threads, int chunkBytes, double maxBadShare, int examplesPerReason) {

    public static final double DEFAULT_MAX_BAD_SHARE = 0.05;

    public ReadOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (chunkBytes < 1024) {
            throw new IllegalArgumentException("chunkBytes must be at least 1024");
        }
        if (!(maxBadShare >= 0 && maxBadShare <= 1)) {
            throw new IllegalArgumentException("the bad-row share must be between 0 and 1, not " + maxBadShare);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Runtime.getRuntime().availableProcessors(), 8 << 20, DEFAULT_MAX_BAD_SHARE, 5);
    }

    public ReadOptions withThreads(int n) {
        return new ReadOptions(n, chunkBytes, maxBadShare, examplesPerReason);
    }

    public ReadOptions withChunkBytes(int n) {
        return new ReadOptions(threads, n, maxBadShare, examplesPerReason);
    }

    public ReadOptions withMaxBadShare(double share) {
        return new ReadOptions(threads, chunkBytes, share, examplesPerReason);
    }
}
