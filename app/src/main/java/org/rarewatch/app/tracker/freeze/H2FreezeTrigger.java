package org.rarewatch.app.tracker.freeze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * The H2 twin of the PostgreSQL freeze triggers (db/vendor/postgresql/V11): rejects any change to a
 * published edition, to the rows it contains, and to a recommendation that a published edition cites.
 * Raises SQLSTATE {@value FrozenEdition#SQL_STATE} so the application treats both databases alike.
 */
public class H2FreezeTrigger implements Trigger {

    private String table;
    private int keyColumn;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        table = tableName.toLowerCase(Locale.ROOT);
        String key = switch (table) {
            case "edition" -> "state";
            case "recommendation" -> "id";
            default -> "edition_year";
        };
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                columns.add(rs.getInt("ORDINAL_POSITION") - 1, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        keyColumn = columns.indexOf(key);
        if (keyColumn < 0) {
            throw new SQLException("freeze trigger on " + tableName + " cannot find column " + key);
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case "edition" -> {
                if (oldRow != null && "published".equals(oldRow[keyColumn])) {
                    throw frozen("edition " + oldRow[0] + " is published and cannot be changed");
                }
            }
            case "recommendation" -> {
                if (oldRow != null && citedByPublishedEdition(conn, (String) oldRow[keyColumn])) {
                    throw frozen("recommendation " + oldRow[keyColumn]
                            + " belongs to a published edition and cannot be changed");
                }
            }
            default -> {
                for (Object[] row : new Object[][] {oldRow, newRow}) {
                    if (row != null && published(conn, ((Number) row[keyColumn]).intValue())) {
                        throw frozen("edition " + row[keyColumn] + " is published and cannot be changed");
                    }
                }
            }
        }
    }

    private static boolean published(Connection conn, int year) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement(
                "SELECT 1 FROM edition WHERE edition_year = ? AND state = 'published'")) {
            s.setInt(1, year);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean citedByPublishedEdition(Connection conn, String recommendationId) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("""
                SELECT 1 FROM edition_recommendation er JOIN edition e ON e.edition_year = er.edition_year
                 WHERE er.recommendation_id = ? AND e.state = 'published'""")) {
            s.setString(1, recommendationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static SQLException frozen(String message) {
        return new SQLException(message, FrozenEdition.SQL_STATE);
    }
}
