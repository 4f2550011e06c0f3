package org.rarewatch.engine.waitingtimes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/** Finds the required columns in a header row by name (any order, case and surrounding spaces ignored). */
final class CwtColumns {

    private final List<String> required;
    private final int[] index;

    private CwtColumns(List<String> required, int[] index) {
        this.required = required;
        this.index = index;
    }

    /**
     * @param kind          what the file should be, for messages ("CWT-CRS provider extract")
     * @param foreignMarkers header names that reveal another known format, with what to tell the user
     */
    static CwtColumns locate(String file, String kind, List<String> header, List<String> required,
                             Map<String, String> foreignMarkers) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().toUpperCase(Locale.ROOT);
            positions.putIfAbsent(name, i);
        }
        for (Map.Entry<String, String> marker : foreignMarkers.entrySet()) {
            if (positions.containsKey(marker.getKey())) {
                throw new InvalidInputException(new InputProblem(file, 1, marker.getKey(), "",
                        "this is " + marker.getValue() + ", not a " + kind));
            }
        }
        int[] index = new int[required.size()];
        List<InputProblem> missing = new java.util.ArrayList<>();
        for (int c = 0; c < required.size(); c++) {
            Integer at = positions.get(required.get(c));
            if (at == null) {
                missing.add(new InputProblem(file, 1, required.get(c), "", "required column is missing from the header"));
                index[c] = -1;
            } else {
                index[c] = at;
            }
        }
        if (missing.size() == required.size()) {
            throw new InvalidInputException(new InputProblem(file, 1, "", String.join(",", header),
                    "not a " + kind + ": the header has none of the columns " + String.join(", ", required)));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return new CwtColumns(required, index);
    }

    /** Cells to read per row: up to the right-most required column. */
    int width() {
        int max = 0;
        for (int i : index) {
            max = Math.max(max, i + 1);
        }
        return max;
    }

    String get(String[] cells, int column) {
        return cells[index[column]].strip();
    }

    String name(int column) {
        return required.get(column);
    }
}
