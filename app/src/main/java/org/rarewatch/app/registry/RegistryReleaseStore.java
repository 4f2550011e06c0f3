package org.rarewatch.app.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registry data releases: the provenance of each imported record-level extract and the indicator rows
 * the engine reduced it to. Only aggregates are stored. One import is one transaction; a release whose
 * SHA-256 is already on record is not stored again. The newest import is the current release; older
 * ones stay on record.
 *
 * <p>Flags are stored joined with {@code ;} (a flag must not contain one). Exact counts come back in
 * their shortest form ({@code 12.500} → {@code 12.5}), as the tidy CSV writes them, on H2 and PostgreSQL alike.
 */
@Repository
public class RegistryReleaseStore {

    static final String FLAG_SEPARATOR = ";";
    private static final int BATCH = 1_000;
    private static final String RELEASE_COLUMNS = "sha256, file_name, format, synthetic, rows_read, rows_counted, "
            + "rows_rejected, imported_at, row_count";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RegistryReleaseStore(DataSource dataSource, Clock clock) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /**
     * Stores the release and its rows in one transaction, or nothing when its SHA-256 is already on record.
     * The stored {@code row_count} is {@code rows.size()}; a null {@code importedAt} means now.
     */
    public RegistryImportOutcome importRows(RegistryRelease release, List<IndicatorRow> rows) {
        for (IndicatorRow row : rows) {
            if (row.flags().stream().anyMatch(f -> f.contains(FLAG_SEPARATOR))) {
                throw new IllegalArgumentException("a flag contains '" + FLAG_SEPARATOR + "': " + row.flags());
            }
        }
        return transactions.execute(status -> {
            Optional<RegistryRelease> existing = release(release.sha256());
            if (existing.isPresent()) {
                return RegistryImportOutcome.of(existing.get(), true);
            }
            OffsetDateTime importedAt = (release.importedAt() != null ? release.importedAt() : OffsetDateTime.now(clock))
                    .withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            RegistryRelease stored = new RegistryRelease(release.sha256(), release.fileName(), release.format(),
                    release.synthetic(), release.rowsRead(), release.rowsCounted(), release.rowsRejected(), importedAt,
                    rows.size());
            jdbc.sql("INSERT INTO registry_release (" + RELEASE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(stored.sha256(), stored.fileName(), stored.format(), stored.synthetic(), stored.rowsRead(),
                            stored.rowsCounted(), stored.rowsRejected(), importedAt, stored.rowCount())
                    .update();
            List<Object[]> batch = new ArrayList<>(BATCH);
            int seq = 0;
            for (IndicatorRow r : rows) {
                batch.add(new Object[] {stored.sha256(), ++seq, r.indicator(), r.definitionVersion(), r.cancerGroup(),
                        r.geography(), r.period(), r.sex(), r.ageBand(), r.numerator(), r.denominator(), r.value(),
                        r.lower95(), r.upper95(), r.method(), String.join(FLAG_SEPARATOR, r.flags()), r.source()});
                if (batch.size() == BATCH) {
                    flush(batch);
                }
            }
            flush(batch);
            return RegistryImportOutcome.of(stored, false);
        });
    }

    private void flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int[] types = new int[17];
        Arrays.fill(types, java.sql.Types.VARCHAR);
        types[1] = java.sql.Types.INTEGER;
        types[9] = java.sql.Types.NUMERIC;
        types[10] = java.sql.Types.NUMERIC;
        types[11] = java.sql.Types.DOUBLE;
        types[12] = java.sql.Types.DOUBLE;
        types[13] = java.sql.Types.DOUBLE;
        template.batchUpdate("""
                INSERT INTO registry_indicator (release_sha256, seq, indicator, definition_version, cancer_group,
                       geography, period, sex, age_band, numerator, denominator, "value", lower95, upper95, method,
                       flags, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch, types);
        batch.clear();
    }

    /** The release with this SHA-256, if on record. */
    public Optional<RegistryRelease> release(String sha256) {
        return jdbc.sql("SELECT " + RELEASE_COLUMNS + " FROM registry_release WHERE sha256 = ?")
                .param(sha256).query(RegistryReleaseStore::toRelease).optional();
    }

    /** The newest import, if any. */
    public Optional<RegistryRelease> current() {
        return releases().stream().findFirst();
    }

    /** Every release on record, newest import first. */
    public List<RegistryRelease> releases() {
        return jdbc.sql("SELECT " + RELEASE_COLUMNS + " FROM registry_release ORDER BY imported_at DESC, sha256 DESC")
                .query(RegistryReleaseStore::toRelease).list();
    }

    /** The indicator rows of the current release, in stored order; empty when nothing is imported. */
    public List<IndicatorRow> currentRows() {
        return current().map(r -> rows(r.sha256())).orElse(List.of());
    }

    /** The indicator rows of one release, in stored order. */
    public List<IndicatorRow> rows(String sha256) {
        return jdbc.sql("""
                SELECT indicator, definition_version, cancer_group, geography, period, sex, age_band, numerator,
                       denominator, "value", lower95, upper95, method, flags, source
                FROM registry_indicator WHERE release_sha256 = ? ORDER BY seq""")
                .param(sha256)
                .query((rs, n) -> new IndicatorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), exact(rs.getBigDecimal(8)),
                        exact(rs.getBigDecimal(9)), rs.getObject(10, Double.class), rs.getObject(11, Double.class),
                        rs.getObject(12, Double.class), rs.getString(13), flags(rs.getString(14)), rs.getString(15)))
                .list();
    }

    private static RegistryRelease toRelease(ResultSet rs, int n) throws SQLException {
        return new RegistryRelease(rs.getString("sha256"), rs.getString("file_name"), rs.getString("format"),
                rs.getBoolean("synthetic"), rs.getLong("rows_read"), rs.getLong("rows_counted"),
                rs.getLong("rows_rejected"),
                rs.getObject("imported_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rs.getInt("row_count"));
    }

    private static List<String> flags(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(FLAG_SEPARATOR, -1));
    }

    /** The shortest exact form, never with a negative scale: 12.500 → 12.5, 100 → 100. */
    private static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
