package org.rarewatch.engine.registry.cube;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tumour counts by {@link CubeCell}. Cubes built from separate chunks of a file merge by adding counts,
 * which is associative and commutative: the per-partition aggregation a distributed engine needs.
 * Holds aggregates only, never a patient-level row.
 */
public final class StageCube {

    private final LongCountMap counts = new LongCountMap();
    private long total;

    public void add(long packedCell) {
        counts.add(packedCell, 1);
        total++;
    }

    public void add(CubeCell cell, long count) {
        counts.add(cell.pack(), count);
        total += count;
    }

    /** Adds every count of {@code other} into this cube and returns this cube. */
    public StageCube merge(StageCube other) {
        other.counts.forEach((k, c) -> counts.add(k, c));
        total += other.total;
        return this;
    }

    public long total() {
        return total;
    }

    public int cellCount() {
        return counts.size();
    }

    /** The cells in key order (stable output whatever the merge order). */
    public Map<CubeCell, Long> cells() {
        TreeMap<Long, Long> sorted = new TreeMap<>();
        counts.forEach(sorted::put);
        Map<CubeCell, Long> cells = new LinkedHashMap<>();
        sorted.forEach((k, c) -> cells.put(CubeCell.unpack(k), c));
        return cells;
    }

    /** Same cells with the same counts. */
    public boolean sameCounts(StageCube other) {
        TreeMap<Long, Long> mine = new TreeMap<>();
        counts.forEach(mine::put);
        TreeMap<Long, Long> theirs = new TreeMap<>();
        other.counts.forEach(theirs::put);
        return mine.equals(theirs);
    }
}
