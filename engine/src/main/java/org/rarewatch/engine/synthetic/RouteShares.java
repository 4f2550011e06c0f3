package org.rarewatch.engine.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.reference.ReferenceTable;

/** Route-to-diagnosis shares per cancer group, for synthetic data only ({@code synthetic/route-shares/}). */
final class RouteShares {

    static final String VERSION = "2026-11";
    static final String DEFAULT_GROUP = "*";

    private final Map<String, Marginal> byGroup;

    private RouteShares(Map<String, Marginal> byGroup) {
        this.byGroup = byGroup;
    }

    static RouteShares current() {
        String resource = "/synthetic/route-shares/route-shares-" + VERSION + ".csv";
        try (InputStream in = RouteShares.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            ReferenceTable table = ReferenceTable.read(resource, in, List.of("cancer_group", "route", "share"));
            Map<String, List<String>> routes = new LinkedHashMap<>();
            Map<String, List<Double>> shares = new LinkedHashMap<>();
            for (ReferenceTable.Row row : table.rows()) {
                routes.computeIfAbsent(row.get("cancer_group"), g -> new ArrayList<>()).add(row.get("route"));
                shares.computeIfAbsent(row.get("cancer_group"), g -> new ArrayList<>())
                        .add(Double.parseDouble(row.get("share")));
            }
            Map<String, Marginal> byGroup = new LinkedHashMap<>();
            routes.forEach((group, r) -> byGroup.put(group, new Marginal(r, shares.get(group))));
            if (!byGroup.containsKey(DEFAULT_GROUP)) {
                throw new IllegalStateException(resource + " has no default (*) row");
            }
            return new RouteShares(byGroup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Marginal forGroup(String group) {
        return byGroup.getOrDefault(group, byGroup.get(DEFAULT_GROUP));
    }
}
