package org.rarewatch.app.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.rarewatch.app.tracker.Edition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Provenance the appendix lists: reference datasets loaded (with SHA-256) and the data releases behind the edition. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportModel.DatasetEntry> datasets() {
        return jdbc.sql("SELECT dataset, version, source, sha256, row_count FROM reference_dataset ORDER BY dataset")
                .query((rs, n) -> new ReportModel.DatasetEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).strip(), rs.getInt(5)))
                .list();
    }

    /**
     * The waiting-times releases an edition could have drawn on: covering months up to its as-of date and,
     * once published, imported before publication, so a later import never changes a frozen report.
     */
    List<ReportModel.ReleaseEntry> releases(Edition edition) {
        OffsetDateTime importedBy = edition.published() && edition.publishedAt() != null
                ? edition.publishedAt() : OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);
        return jdbc.sql("""
                SELECT file_name, status, publisher, period_from, period_to, sha256 FROM cwt_release
                 WHERE period_to <= :asOf AND imported_at <= :importedBy
                 ORDER BY period_from, file_name""")
                .param("asOf", edition.asOf())
                .param("importedBy", importedBy)
                .query((rs, n) -> new ReportModel.ReleaseEntry(rs.getString("file_name"),
                        rs.getString("status") + ", " + months(rs.getObject("period_from", LocalDate.class),
                                rs.getObject("period_to", LocalDate.class)),
                        rs.getString("publisher"), rs.getString("sha256").strip()))
                .list();
    }

    /** Releases are stored by the first day of each month covered: "2024-04 to 2024-09", or one month. */
    private static String months(LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        return first.equals(last) ? first.toString() : first + " to " + last;
    }
}
