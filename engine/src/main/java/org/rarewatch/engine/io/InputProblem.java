package org.rarewatch.engine.io;

/**
 * One problem found in an input file, precise enough for a person to open the file and fix it.
 *
 * @param file   the file name as the user gave it (or the resource name)
 * @param line   1-based physical line number where the record starts; 0 when the problem is the whole file
 * @param column the column name (or header position) concerned; empty when not column-specific
 * @param value  the offending value as read (may be empty)
 * @param reason why the value is not accepted
 */
public record InputProblem(String file, long line, String column, String value, String reason) {

    public InputProblem {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    public static InputProblem ofFile(String file, String reason) {
        return new InputProblem(file, 0, "", "", reason);
    }

    /** One line, in the order file:line, column, value, reason. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (!column.isEmpty()) {
            sb.append(": column ").append(column);
        }
        if (!value.isEmpty()) {
            sb.append(": value \"").append(abbreviate(value)).append('"');
        }
        return sb.append(": ").append(reason).toString();
    }

    private static String abbreviate(String value) {
        String oneLine = value.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
