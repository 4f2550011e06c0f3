package org.rarewatch.app.waitingtimes;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjLongConsumer;
import javax.sql.DataSource;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.io.Sha256;
import org.rarewatch.engine.waitingtimes.CwtRecord;
import org.rarewatch.engine.waitingtimes.ProviderExtractReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores CWT-CRS provider extracts as data releases: provenance (file name, SHA-256, publisher,
 * licence, months covered, provisional/final) and the provider-level counts as published.
 *
 * <p>All files of one import go in one database transaction, so a failure or a killed process
 * leaves none of them. A file whose SHA-256 is already on record is skipped (idempotent). For each
 * month, the best release is current: final outranks provisional, and among equals the later import
 * wins; superseded releases stay on record with {@code superseded_by} set.
 */
public class CwtReleaseStore {

    public static final String PUBLISHER = "NHS England (Cancer Waiting Times, CWT-CRS)";
    public static final String LICENCE = "Open Government Licence v3.0";
    static final String KIND = "cwt_crs_provider_extract";
    private static final int BATCH = 2_000;
    static final long PROGRESS_EVERY = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public CwtReleaseStore(DataSource dataSource, Clock clock) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /** One file to import, with the name to record and an optional status overriding the file-name rule. */
    public record ReleaseFile(Path path, String fileName, ReleaseStatus status) {
        public ReleaseFile(Path path) {
            this(path, path.getFileName().toString(), null);
        }
    }

    /**
     * Imports every file in one transaction.
     *
     * @param progress told the file name and running row count of the file being read, every {@value #PROGRESS_EVERY} rows
     * @throws InvalidInputException when any file is invalid; then nothing is stored
     */
    public List<ImportOutcome> importFiles(List<ReleaseFile> files, ObjLongConsumer<String> progress) {
        return transactions.execute(status -> {
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (ReleaseFile file : files) {
                outcomes.add(importOne(file, progress));
            }
            return outcomes;
        });
    }

    private ImportOutcome importOne(ReleaseFile file, ObjLongConsumer<String> progress) {
        String sha = sha256(file.path());
        if (jdbc.sql("SELECT COUNT(*) FROM cwt_release WHERE sha256 = ?").param(sha).query(Long.class).single() > 0) {
            return new ImportOutcome(file.fileName(), sha, true, 0, null, null, null, List.of(), List.of());
        }
        ReleaseStatus status = file.status() != null ? file.status() : ReleaseStatus.fromFileName(file.fileName());
        // the provenance row first (the counts refer to it); its period is filled in once the file is read
        jdbc.sql("""
                INSERT INTO cwt_release (sha256, file_name, publisher, licence, kind, status, period_from, period_to,
                                         row_count, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(sha, file.fileName(), PUBLISHER, LICENCE, KIND, status.code(),
                        Date.valueOf("1900-01-01"), Date.valueOf("1900-01-01"), Timestamp.from(clock.instant()))
                .update();
        List<Object[]> batch = new ArrayList<>(BATCH);
        long[] rows = {0};
        ProviderExtractReader.Summary summary = ProviderExtractReader.read(file.path(), (CwtRecord r) -> {
            rows[0]++;
            batch.add(new Object[] {sha, rows[0], Date.valueOf(r.month().atDay(1)), r.standard().indicatorId(),
                    r.orgCode(), r.route().name(), r.modality().name(), r.cancerType().label(), r.total(), r.within(),
                    r.breaches()});
            if (batch.size() == BATCH) {
                flush(batch);
            }
            if (rows[0] % PROGRESS_EVERY == 0) {
                progress.accept(file.fileName(), rows[0]);
            }
        });
        flush(batch);
        List<YearMonth> months = summary.months();
        if (months.isEmpty()) {
            throw new InvalidInputException(InputProblem.ofFile(file.fileName(), "has no data rows"));
        }
        YearMonth from = months.get(0);
        YearMonth to = months.get(months.size() - 1);
        jdbc.sql("UPDATE cwt_release SET period_from = ?, period_to = ?, row_count = ? WHERE sha256 = ?")
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), summary.rows(), sha).update();
        List<YearMonth> replaced = new ArrayList<>();
        List<YearMonth> outranked = new ArrayList<>();
        for (YearMonth month : months) {
            supersede(sha, status, month, replaced, outranked);
        }
        return new ImportOutcome(file.fileName(), sha, false, summary.rows(), from, to, status, replaced, outranked);
    }

    private void supersede(String sha, ReleaseStatus status, YearMonth month, List<YearMonth> replaced,
                           List<YearMonth> outranked) {
        Date day = Date.valueOf(month.atDay(1));
        List<CurrentRelease> current = jdbc.sql("""
                SELECT m.release_sha256, r.status FROM cwt_release_month m
                JOIN cwt_release r ON r.sha256 = m.release_sha256
                WHERE m.period_month = ? AND m.superseded_by IS NULL""")
                .param(day)
                .query((rs, n) -> new CurrentRelease(rs.getString(1), ReleaseStatus.parse(rs.getString(2))))
                .list();
        String supersededBy = null;
        for (CurrentRelease other : current) {
            if (status.compareTo(other.status()) >= 0) {
                jdbc.sql("UPDATE cwt_release_month SET superseded_by = ? WHERE release_sha256 = ? AND period_month = ?")
                        .params(sha, other.sha256(), day).update();
                if (!replaced.contains(month)) {
                    replaced.add(month);
                }
            } else {
                supersededBy = other.sha256();
                outranked.add(month);
            }
        }
        jdbc.sql("INSERT INTO cwt_release_month (release_sha256, period_month, superseded_by) VALUES (?, ?, ?)")
                .params(sha, day, supersededBy).update();
    }

    private record CurrentRelease(String sha256, ReleaseStatus status) {
    }

    private void flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                INSERT INTO cwt_provider_count (release_sha256, source_row, period_month, standard_id, org_code, route,
                                                modality, cancer_type, total_count, within_count, breaches)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        batch.clear();
    }

    /** Releases on record, newest import first. */
    public List<ReleaseSummary> releases() {
        return jdbc.sql("""
                SELECT sha256, file_name, publisher, licence, status, period_from, period_to, row_count, imported_at,
                       (SELECT COUNT(*) FROM cwt_release_month m WHERE m.release_sha256 = r.sha256
                          AND m.superseded_by IS NULL) AS current_months
                FROM cwt_release r ORDER BY imported_at DESC, sha256""")
                .query((rs, n) -> new ReleaseSummary(rs.getString("sha256"), rs.getString("file_name"),
                        rs.getString("publisher"), rs.getString("licence"), ReleaseStatus.parse(rs.getString("status")),
                        YearMonth.from(rs.getDate("period_from").toLocalDate()),
                        YearMonth.from(rs.getDate("period_to").toLocalDate()), rs.getLong("row_count"),
                        rs.getTimestamp("imported_at").toInstant(), rs.getInt("current_months")))
                .list();
    }

    /** A release on record, with how many of its months are still current. */
    public record ReleaseSummary(String sha256, String fileName, String publisher, String licence, ReleaseStatus status,
                                 YearMonth from, YearMonth to, long rows, java.time.Instant importedAt,
                                 int currentMonths) {
    }

    /** National sums of the current releases by month, standard, route, modality and cancer type. */
    public List<CurrentSum> currentNationalSums() {
        return jdbc.sql("""
                SELECT c.period_month, c.standard_id, c.route, c.modality, c.cancer_type,
                       SUM(c.total_count) AS total_count, SUM(c.within_count) AS within_count,
                       SUM(c.breaches) AS breaches
                FROM cwt_provider_count c
                JOIN cwt_release_month m ON m.release_sha256 = c.release_sha256 AND m.period_month = c.period_month
                WHERE m.superseded_by IS NULL
                GROUP BY c.period_month, c.standard_id, c.route, c.modality, c.cancer_type
                ORDER BY c.period_month, c.standard_id, c.route, c.modality, c.cancer_type""")
                .query((rs, n) -> new CurrentSum(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8)))
                .list();
    }

    public record CurrentSum(YearMonth month, String standardId, String route, String modality, String cancerType,
                             BigDecimal total, BigDecimal within, BigDecimal breaches) {
    }

    static String sha256(Path file) {
        try {
            return Sha256.ofFile(file);
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(), "cannot be read: " + e.getMessage()));
        }
    }
}
