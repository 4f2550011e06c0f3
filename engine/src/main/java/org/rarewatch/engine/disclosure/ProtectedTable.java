package org.rarewatch.engine.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link CountTable} after disclosure control: what may be published for each cell.
 * {@link Cell#reason()} is for audit and tests inside the engine only; published outputs must not tell
 * primary and secondary suppression apart.
 */
public record ProtectedTable(String policy, List<Cell> cells) {

    public enum Status {
        EXACT, ROUNDED, SUPPRESSED
    }

    public enum Reason {
        NONE, PRIMARY, SECONDARY
    }

    /** @param published the count to publish, null when suppressed */
    public record Cell(String key, BigDecimal published, Status status, Reason reason) {
    }

    public ProtectedTable {
        cells = List.copyOf(cells);
    }

    public Cell cell(String key) {
        return byKey().get(key);
    }

    public Map<String, Cell> byKey() {
        return cells.stream().collect(Collectors.toMap(Cell::key, Function.identity()));
    }
}
