package org.rarewatch.engine.waitingtimes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rarewatch.engine.reference.ReferenceTable;

/**
 * Names and places providers: ODS trust list (code → name, ICB, region) and the ONS sub-ICB → ICB →
 * NHS England region lookup (July 2022). Resources under {@code waitingtimes/geography/}, README beside them.
 */
public final class Geography {

    public static final String TRUSTS = "waitingtimes/geography/ods-etr-nhs-trusts.csv";
    public static final String ONS_LOOKUP = "waitingtimes/geography/ons-sicbl-icb-nhser-jul2022-lookup.csv";

    /** A named area: provider, ICB or region. */
    public record Area(String code, String name) {
        /** {@code Name (CODE)}, the form used in the geography column. */
        public String display() {
            return name == null || name.isEmpty() ? code : name + " (" + code + ")";
        }
    }

    /** One provider with where it sits; icb and region are null when the lookups do not know it. */
    public record Provider(Area trust, Area icb, Area region) {
    }

    private final Map<String, Provider> providers = new HashMap<>();
    private final Map<String, Area> subIcbToIcb = new HashMap<>();
    private final Map<String, Area> icbToRegion = new HashMap<>();

    private Geography() {
    }

    public static Geography bundled() {
        Geography g = new Geography();
        Map<String, Area> icbs = new HashMap<>();
        Map<String, Area> regions = new HashMap<>();
        for (ReferenceTable.Row row : table(ONS_LOOKUP, List.of("SICBL22CDH", "ICB22CDH", "ICB22NM", "NHSER22CDH", "NHSER22NM"))
                .rows()) {
            Area icb = new Area(row.get("ICB22CDH"), row.get("ICB22NM"));
            Area region = new Area(row.get("NHSER22CDH"), row.get("NHSER22NM"));
            icbs.put(icb.code(), icb);
            regions.put(region.code(), region);
            g.subIcbToIcb.put(row.get("SICBL22CDH"), icb);
            g.icbToRegion.put(icb.code(), region);
        }
        for (ReferenceTable.Row row : table(TRUSTS, List.of("Organisation Code", "Name", "National Grouping",
                "Higher Level Health Geography")).rows()) {
            String code = row.get("Organisation Code");
            Area icb = icbs.get(row.get("Higher Level Health Geography"));
            Area region = regions.get(row.get("National Grouping"));
            g.providers.put(code, new Provider(new Area(code, titleCase(row.get("Name"))), icb, region));
        }
        return g;
    }

    /** The provider, named when the ODS list knows the code; otherwise the code alone with no ICB or region. */
    public Provider provider(String code) {
        Provider known = providers.get(code);
        return known != null ? known : new Provider(new Area(code, ""), null, null);
    }

    public boolean knowsProvider(String code) {
        return providers.containsKey(code);
    }

    public Optional<Area> icbOfSubIcb(String subIcbCode) {
        return Optional.ofNullable(subIcbToIcb.get(subIcbCode));
    }

    public Optional<Area> regionOfIcb(String icbCode) {
        return Optional.ofNullable(icbToRegion.get(icbCode));
    }

    private static ReferenceTable table(String resource, List<String> columns) {
        try (InputStream in = Geography.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("geography lookup missing from the build: " + resource);
            }
            return ReferenceTable.read(resource, in, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ODS names are in capitals; "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST" reads better as "Manchester University NHS Foundation Trust". */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        for (String word : upper.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.equals("NHS") || word.length() <= 1) {
                out.append(word);
            } else if (word.equals("AND") || word.equals("OF") || word.equals("THE") && out.length() > 0) {
                out.append(word.toLowerCase(java.util.Locale.ROOT));
            } else {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out.toString();
    }
}
