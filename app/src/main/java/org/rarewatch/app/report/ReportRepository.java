package org.rarewatch.app.report;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Provenance the appendix lists: reference datasets loaded (with SHA-256), and data releases when stored. */
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
     * Data releases (registry and waiting-times extracts) are stored by features not yet in this database
     * schema; until a release table exists there is nothing to list, and the appendix says so.
     */
    List<ReportModel.ReleaseEntry> releases() {
        return List.of();
    }
}
