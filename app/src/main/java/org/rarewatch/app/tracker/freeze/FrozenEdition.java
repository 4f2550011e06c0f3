package org.rarewatch.app.tracker.freeze;

import java.sql.SQLException;

/** Recognises the database's refusal to change a published edition (both databases use one SQLSTATE). */
public final class FrozenEdition {

    public static final String SQL_STATE = "RW409";

    private FrozenEdition() {
    }

    /** The database's message when {@code failure} (or a cause) is a freeze-trigger rejection, else null. */
    public static String rejection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (SQL_STATE.equals(e.getSQLState())) {
                        String message = e.getMessage() == null ? "" : e.getMessage();
                        int at = message.indexOf("edition ");
                        int rec = message.indexOf("recommendation ");
                        int start = rec >= 0 && (at < 0 || rec < at) ? rec : at;
                        String text = start >= 0 ? message.substring(start) : message;
                        return text.lines().findFirst().orElse(text).replaceAll("[\";]+\\s*$", "").strip();
                    }
                }
            }
        }
        return null;
    }
}
