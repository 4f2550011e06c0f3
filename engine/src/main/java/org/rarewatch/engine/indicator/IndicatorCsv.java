package org.rarewatch.engine.indicator;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Writes indicator rows as tidy CSV (header {@link IndicatorRow#COLUMNS}, LF line ends, UTF-8 by the caller). */
public final class IndicatorCsv {

    /** Values and limits keep 12 significant digits: far beyond any published precision, yet stable text. */
    private static final MathContext DIGITS = new MathContext(12);

    private IndicatorCsv() {
    }

    public static void write(Writer out, Iterable<IndicatorRow> rows) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(IndicatorRow.COLUMNS);
        for (IndicatorRow row : rows) {
            List<String> fields = new ArrayList<>(IndicatorRow.COLUMNS.size());
            fields.add(row.indicator());
            fields.add(row.definitionVersion());
            fields.add(nullToEmpty(row.cancerGroup()));
            fields.add(nullToEmpty(row.geography()));
            fields.add(nullToEmpty(row.period()));
            fields.add(nullToEmpty(row.sex()));
            fields.add(nullToEmpty(row.ageBand()));
            fields.add(exact(row.numerator()));
            fields.add(exact(row.denominator()));
            fields.add(number(row.value()));
            fields.add(number(row.lower95()));
            fields.add(number(row.upper95()));
            fields.add(row.method());
            fields.add(String.join(";", row.flags()));
            fields.add(row.source());
            csv.writeRecord(fields);
        }
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Exact counts as plain decimals: {@code 24371.5}, {@code 90}. */
    public static String exact(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
