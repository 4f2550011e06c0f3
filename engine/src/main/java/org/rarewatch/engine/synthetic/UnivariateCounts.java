package org.rarewatch.engine.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.reference.ReferenceTable;

/** Real value counts per AV_TUMOUR column (AV2017 registry snapshot), as sampling distributions. */
final class UnivariateCounts {

    static final String RESOURCE = "/synthetic/univariate-counts/av2017-univariate-categorical.csv";

    private final Map<String, Marginal> marginals;

    private UnivariateCounts(Map<String, Marginal> marginals) {
        this.marginals = marginals;
    }

    static UnivariateCounts av2017() {
        try (InputStream in = UnivariateCounts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            ReferenceTable table = ReferenceTable.read(RESOURCE, in, List.of("column_name", "val", "counts_av2017"));
            Map<String, List<String>> values = new LinkedHashMap<>();
            Map<String, List<Double>> weights = new LinkedHashMap<>();
            for (ReferenceTable.Row row : table.rows()) {
                String column = row.get("column_name");
                String value = row.get("val");
                values.computeIfAbsent(column, c -> new ArrayList<>()).add(value.equals("None") ? "" : value);
                weights.computeIfAbsent(column, c -> new ArrayList<>()).add(Double.parseDouble(row.get("counts_av2017")));
            }
            Map<String, Marginal> marginals = new LinkedHashMap<>();
            values.forEach((column, v) -> marginals.put(column, new Marginal(v, weights.get(column))));
            return new UnivariateCounts(marginals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Marginal get(String column) {
        return marginals.get(column);
    }
}
