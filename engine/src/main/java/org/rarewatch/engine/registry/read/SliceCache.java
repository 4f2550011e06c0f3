package org.rarewatch.engine.registry.read;

import java.util.Arrays;

/**
 * Maps short byte slices (codes such as {@code C341} or {@code 3A}) to parsed values without creating a
 * String per row: registry columns repeat a few hundred distinct codes millions of times.
 */
final class SliceCache<V> {

    private byte[][] keys = new byte[512][];
    private Object[] values = new Object[512];
    private int size;

    @SuppressWarnings("unchecked")
    V get(byte[] b, int s, int e) {
        int mask = keys.length - 1;
        int i = hash(b, s, e) & mask;
        byte[] k;
        while ((k = keys[i]) != null) {
            if (Arrays.equals(k, 0, k.length, b, s, e)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    void put(byte[] b, int s, int e, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(b, s, e), value);
    }

    private void insert(byte[] key, Object value) {
        int mask = keys.length - 1;
        int i = hash(key, 0, key.length) & mask;
        while (keys[i] != null) {
            if (Arrays.equals(keys[i], key)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        Object[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(byte[] b, int s, int e) {
        int h = 0x811C9DC5;
        for (int i = s; i < e; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
