package org.rarewatch.engine.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.ReferenceTable;

/**
 * A versioned standard population by age band, read from a bundled CSV with a provenance readme
 * ({@code standard-population/README.md}). The default is the 2013 European Standard Population
 * (Eurostat 2013) in 19 five-year bands with 90+ open, the standard used for English cancer statistics.
 */
public final class StandardPopulation {

    public static final String ESP2013 = "ESP2013";
    private static final String ESP2013_RESOURCE = "/standard-population/esp2013.csv";

    /** One age band: inclusive ages; {@code ageTo} is null for the open last band. */
    public record Band(String label, int ageFrom, Integer ageTo, double weight) {
        public boolean contains(int age) {
            return age >= ageFrom && (ageTo == null || age <= ageTo);
        }
    }

    private static volatile StandardPopulation esp2013;

    private final String version;
    private final List<Band> bands;
    private final Map<String, Band> byLabel = new LinkedHashMap<>();

    private StandardPopulation(String version, List<Band> bands) {
        this.version = version;
        this.bands = List.copyOf(bands);
        for (Band band : bands) {
            byLabel.put(band.label(), band);
        }
    }

    /** The 2013 European Standard Population, 19 bands 0-4 … 85-89, 90+, summing to 100,000. */
    public static StandardPopulation esp2013() {
        StandardPopulation loaded = esp2013;
        if (loaded == null) {
            loaded = load(ESP2013, ESP2013_RESOURCE);
            esp2013 = loaded;
        }
        return loaded;
    }

    private static StandardPopulation load(String version, String resource) {
        try (InputStream in = StandardPopulation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            ReferenceTable table = ReferenceTable.read(resource, in, List.of("age_band", "age_from", "age_to", "weight"));
            List<Band> bands = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            for (ReferenceTable.Row row : table.rows()) {
                try {
                    String to = row.get("age_to");
                    bands.add(new Band(row.get("age_band"), Integer.parseInt(row.get("age_from")),
                            to.isBlank() ? null : Integer.valueOf(to), Double.parseDouble(row.get("weight"))));
                } catch (NumberFormatException e) {
                    problems.add(row.problem("age_from/age_to/weight", "not a number: " + e.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new StandardPopulation(version, bands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    public List<Band> bands() {
        return bands;
    }

    public double total() {
        return bands.stream().mapToDouble(Band::weight).sum();
    }

    /** @throws IllegalArgumentException for a label that is not one of this population's bands */
    public Band band(String label) {
        Band band = byLabel.get(label);
        if (band == null) {
            throw new IllegalArgumentException("age band '" + label + "' is not in " + version + " " + byLabel.keySet());
        }
        return band;
    }

    /** @throws IllegalArgumentException for a negative age */
    public Band bandForAge(int age) {
        for (Band band : bands) {
            if (band.contains(age)) {
                return band;
            }
        }
        throw new IllegalArgumentException("no " + version + " band for age " + age);
    }
}
