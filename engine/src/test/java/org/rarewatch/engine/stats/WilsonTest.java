package org.rarewatch.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class WilsonTest {

    private static final double RELATIVE = 1e-9;

    /** Every non-blank row of PHEindicatormethods' expected Wilson intervals, at 95% and 99.8%. */
    @Test
    void reproducesTheReferenceImplementationToOnePartInABillion() throws IOException {
        int checked = 0;
        for (NamedCsvRecord row : golden("proportions-wilson.csv")) {
            if (row.getField("lower95_0cl").isBlank() || !row.getField("method").equals("Wilson")) {
                continue;
            }
            double x = Double.parseDouble(row.getField("Numerator"));
            double n = Double.parseDouble(row.getField("Denominator"));
            double multiplier = Double.parseDouble(row.getField("multiplier"));
            Interval i95 = Wilson.interval(x, n, Confidence.NINETY_FIVE);
            Interval i998 = Wilson.interval(x, n, Confidence.NINETY_NINE_POINT_EIGHT);
            assertRelative(i95.lower() * multiplier, row.getField("lower95_0cl"));
            assertRelative(i95.upper() * multiplier, row.getField("upper95_0cl"));
            assertRelative(i998.lower() * multiplier, row.getField("lower99_8cl"));
            assertRelative(i998.upper() * multiplier, row.getField("upper99_8cl"));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void edgeCases() {
        Interval none = Wilson.interval(0, 10, Confidence.NINETY_FIVE);
        assertThat(none.lower()).isEqualTo(0.0);
        assertThat(none.upper()).isBetween(0.25, 0.35);
        Interval all = Wilson.interval(10, 10, Confidence.NINETY_FIVE);
        assertThat(all.upper()).isCloseTo(1.0, within(1e-15));
        assertThat(all.lower()).isBetween(0.65, 0.75);
        Interval empty = Wilson.interval(0, 0, Confidence.NINETY_FIVE);
        assertThat(empty.lower()).isNaN();
        Interval half = Wilson.interval(0.5, 1.5, Confidence.NINETY_FIVE);
        assertThat(half.lower()).isLessThan(1 / 3.0).isGreaterThan(0);
        assertThatThrownBy(() -> Wilson.interval(3, 2, Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRelative(double actual, String expected) {
        double e = Double.parseDouble(expected);
        assertThat(actual).isCloseTo(e, within(Math.abs(e) * RELATIVE + 1e-15));
    }

    static List<NamedCsvRecord> golden(String file) throws IOException {
        try (InputStream in = WilsonTest.class.getResourceAsStream("/golden/" + file);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new String(in.readAllBytes(),
                     java.nio.charset.StandardCharsets.UTF_8))) {
            return csv.stream().toList();
        }
    }
}
