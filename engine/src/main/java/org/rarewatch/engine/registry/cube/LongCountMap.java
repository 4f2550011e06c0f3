package org.rarewatch.engine.registry.cube;

import java.util.Arrays;

/** Open-addressing map from non-negative long keys to long counts, without boxing (the reader's hot path). */
final class LongCountMap {

    private static final long EMPTY = -1L;
    private long[] keys;
    private long[] counts;
    private int size;

    LongCountMap() {
        keys = new long[1024];
        counts = new long[1024];
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, long delta) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                counts[i] += delta;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                counts[i] = delta;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    void forEach(LongBinaryConsumer consumer) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                consumer.accept(keys[i], counts[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @FunctionalInterface
    interface LongBinaryConsumer {
        void accept(long key, long count);
    }
}
