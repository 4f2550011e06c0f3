package org.rarewatch.app.published;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.io.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores headline figures quoted from official publications, each imported file as a release with
 * provenance (file name, SHA-256, publisher).
 *
 * <p>One file is imported in one transaction: an invalid row stores nothing. A file whose SHA-256 is
 * already on record changes nothing (idempotent). A figure of a later release supersedes the current
 * figure with the same key (indicator, cancer group, geography, period); both stay on record, the
 * earlier one with {@code superseded_by} set.
 */
@Repository
public class PublishedFigureStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PublishedFigureStore(DataSource dataSource, Clock clock) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /**
     * Imports one published-figures CSV file.
     *
     * @param publisher who published the figures; null to derive it from the source addresses' host names
     * @throws InvalidInputException when the file cannot be read or has any invalid row; then nothing is stored
     */
    public PublishedImportOutcome importFile(Path file, String publisher) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(), "cannot be read: " + e.getMessage()));
        }
        return importContent(file.toString(), file.getFileName().toString(), content, publisher);
    }

    /**
     * Imports a file's content (e.g. a bundled resource).
     *
     * @param name     the file as named in problem lines
     * @param fileName the name recorded with the release
     */
    public PublishedImportOutcome importContent(String name, String fileName, byte[] content, String publisher) {
        String sha = Sha256.hex(content);
        List<PublishedFigureFile.Row> rows = PublishedFigureFile.read(name, content);
        return transactions.execute(status -> {
            Integer known = jdbc.sql("SELECT row_count FROM published_release WHERE sha256 = ?").param(sha)
                    .query(Integer.class).optional().orElse(null);
            if (known != null) {
                return new PublishedImportOutcome(fileName, sha, true, known, 0);
            }
            jdbc.sql("""
                    INSERT INTO published_release (sha256, file_name, publisher, imported_at, row_count)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(sha, fileName, publisher != null && !publisher.isBlank() ? publisher.strip() : publisherOf(rows),
                            Timestamp.from(clock.instant()), rows.size())
                    .update();
            int superseded = 0;
            for (int n : template.batchUpdate("""
                    UPDATE published_figure SET superseded_by = ?
                    WHERE indicator = ? AND cancer_group = ? AND geography = ? AND period = ? AND superseded_by IS NULL""",
                    rows.stream().map(r -> new Object[] {sha, r.indicator(), r.cancerGroup(), r.geography(), r.period()})
                            .toList())) {
                superseded += Math.max(n, 0);
            }
            template.batchUpdate("""
                    INSERT INTO published_figure (release_sha256, source_row, indicator, cancer_group, geography, period,
                                                  figure_value, unit, numerator, denominator, lower95, upper95,
                                                  source_title, source_url, publication_date, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows.stream().map(r -> new Object[] {sha, (int) r.line(), r.indicator(), r.cancerGroup(), r.geography(),
                            r.period(), r.value(), r.unit(), r.numerator(), r.denominator(), r.lower95(), r.upper95(),
                            r.sourceTitle(), r.sourceUrl(), r.publicationDate(), r.note()}).toList(),
                    new int[] {java.sql.Types.CHAR, java.sql.Types.INTEGER, java.sql.Types.VARCHAR,
                            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                            java.sql.Types.NUMERIC, java.sql.Types.VARCHAR, java.sql.Types.NUMERIC,
                            java.sql.Types.NUMERIC, java.sql.Types.NUMERIC, java.sql.Types.NUMERIC,
                            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                            java.sql.Types.VARCHAR});
            return new PublishedImportOutcome(fileName, sha, false, rows.size(), superseded);
        });
    }

    /** The host names of the cited addresses, e.g. "digital.nhs.uk, www.gov.uk". */
    private static String publisherOf(List<PublishedFigureFile.Row> rows) {
        TreeSet<String> hosts = new TreeSet<>();
        for (PublishedFigureFile.Row row : rows) {
            hosts.add(Objects.requireNonNull(URI.create(row.sourceUrl()).getHost()).toLowerCase());
        }
        return String.join(", ", hosts);
    }

    /** The current figure for each key, ordered by indicator, cancer group, geography and period. */
    public List<PublishedFigure> current() {
        return jdbc.sql("""
                SELECT f.*, r.file_name FROM published_figure f
                JOIN published_release r ON r.sha256 = f.release_sha256
                WHERE f.superseded_by IS NULL
                ORDER BY f.indicator, f.cancer_group, f.geography, f.period""")
                .query((rs, n) -> figure(rs))
                .list();
    }

    /** Every figure on record for one indicator, current or superseded, oldest import first. */
    public List<PublishedFigure> history(String indicator) {
        return jdbc.sql("""
                SELECT f.*, r.file_name FROM published_figure f
                JOIN published_release r ON r.sha256 = f.release_sha256
                WHERE f.indicator = ?
                ORDER BY f.cancer_group, f.geography, f.period, r.imported_at, r.sha256""")
                .param(indicator)
                .query((rs, n) -> figure(rs))
                .list();
    }

    /** Releases on record, newest import first. */
    public List<PublishedRelease> releases() {
        return jdbc.sql("""
                SELECT sha256, file_name, publisher, imported_at, row_count,
                       (SELECT COUNT(*) FROM published_figure f WHERE f.release_sha256 = r.sha256
                          AND f.superseded_by IS NULL) AS current_figures
                FROM published_release r ORDER BY imported_at DESC, sha256""")
                .query((rs, n) -> new PublishedRelease(rs.getString("sha256"), rs.getString("file_name"),
                        rs.getString("publisher"), rs.getTimestamp("imported_at").toInstant(), rs.getInt("row_count"),
                        rs.getInt("current_figures")))
                .list();
    }

    private static PublishedFigure figure(ResultSet rs) throws SQLException {
        return new PublishedFigure(rs.getString("indicator"), rs.getString("cancer_group"), rs.getString("geography"),
                rs.getString("period"), plain(rs.getBigDecimal("figure_value")), rs.getString("unit"),
                plain(rs.getBigDecimal("numerator")), plain(rs.getBigDecimal("denominator")),
                plain(rs.getBigDecimal("lower95")), plain(rs.getBigDecimal("upper95")), rs.getString("source_title"),
                rs.getString("source_url"), rs.getString("publication_date"), rs.getString("note"),
                rs.getString("release_sha256"), rs.getString("file_name"));
    }

    /** Without the storage scale's trailing zeros: 54.500000 is read back as 54.5, 55.000000 as 55. */
    private static BigDecimal plain(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
