package org.rarewatch.app.downloads;

/**
 * Spreadsheet formula injection (CWE-1236): text that starts with one of these characters can be taken for a
 * formula by a spreadsheet that opens a CSV file, or when someone edits the cell.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    public static boolean risky(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** For CSV, which has no cell types: a leading apostrophe makes spreadsheets read the rest as text. */
    public static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
