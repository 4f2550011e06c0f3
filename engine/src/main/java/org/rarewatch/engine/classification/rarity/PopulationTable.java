package org.rarewatch.engine.classification.rarity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.DataQuality;
import org.rarewatch.engine.reference.ReferenceTable;

/** England mid-year population by year ({@code classification/population/england-population-VERSION.csv}). */
public final class PopulationTable {

    public static final String CURRENT_VERSION = "2026-11";

    private final String version;
    private final Map<Integer, Long> populations;
    private final Map<Integer, DataQuality> quality;

    private PopulationTable(String version, Map<Integer, Long> populations, Map<Integer, DataQuality> quality) {
        this.version = version;
        this.populations = populations;
        this.quality = quality;
    }

    public static PopulationTable current() {
        return load(CURRENT_VERSION);
    }

    public static PopulationTable load(String version) {
        String resource = "/classification/population/england-population-" + version + ".csv";
        try (InputStream in = PopulationTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no population table version " + version);
            }
            ReferenceTable table = ReferenceTable.read(resource, in, List.of("year", "sex", "age_band", "population"));
            Map<Integer, Long> populations = new TreeMap<>();
            Map<Integer, DataQuality> quality = new TreeMap<>();
            List<InputProblem> problems = new ArrayList<>();
            for (ReferenceTable.Row row : table.rows()) {
                if (!row.get("sex").equals("persons") || !row.get("age_band").equals("all")) {
                    continue;
                }
                try {
                    int year = Integer.parseInt(row.get("year"));
                    populations.put(year, Long.parseLong(row.get("population")));
                    quality.put(year, row.quality().quality());
                } catch (NumberFormatException e) {
                    problems.add(row.problem("population", "year and population must be whole numbers"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new PopulationTable(version, populations, quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    public OptionalLong population(int year) {
        Long p = populations.get(year);
        return p == null ? OptionalLong.empty() : OptionalLong.of(p);
    }

    /** OK, or UNCERTAIN for a year whose estimate has an uncertain vintage. */
    public DataQuality quality(int year) {
        return quality.getOrDefault(year, DataQuality.OK);
    }
}
