package org.rarewatch.engine.waitingtimes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rarewatch.engine.reference.ReferenceTable;

/**
 * The versioned table of waiting-time thresholds ({@code waitingtimes/thresholds/}, README beside it).
 * Performance for a month is compared with the operational threshold in force on its first day.
 */
public final class Thresholds {

    public static final String VERSION = "2026-11";
    public static final String RESOURCE = "waitingtimes/thresholds/waiting-time-thresholds-" + VERSION + ".csv";
    public static final String OPERATIONAL = "operational";

    private final List<Threshold> thresholds;

    public Thresholds(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
    }

    public static Thresholds bundled() {
        try (InputStream in = Thresholds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("thresholds table missing from the build: " + RESOURCE);
            }
            ReferenceTable table = ReferenceTable.read(RESOURCE, in,
                    List.of("threshold_id", "standard_id", "description", "threshold_percent", "kind", "from_date", "to_date"));
            List<Threshold> rows = new ArrayList<>();
            for (ReferenceTable.Row row : table.rows()) {
                rows.add(new Threshold(row.get("threshold_id"), row.get("standard_id"), row.get("description"),
                        row.get("threshold_percent").isEmpty() ? null : new BigDecimal(row.get("threshold_percent")),
                        row.get("kind"), date(row.get("from_date")), date(row.get("to_date"))));
            }
            return new Thresholds(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Threshold> all() {
        return thresholds;
    }

    /** The operational threshold for a standard in force on the first day of {@code month}, if any. */
    public Optional<Threshold> operationalInForce(Standard standard, YearMonth month) {
        LocalDate day = month.atDay(1);
        return thresholds.stream()
                .filter(t -> t.standardId().equals(standard.indicatorId()) && OPERATIONAL.equals(t.kind())
                        && t.percent() != null && t.inForceOn(day))
                .findFirst();
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
