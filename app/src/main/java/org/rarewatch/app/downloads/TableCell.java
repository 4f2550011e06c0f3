package org.rarewatch.app.downloads;

import java.math.BigDecimal;
import java.util.Objects;

/** One cell of a downloadable table: text, an exact number, or nothing. */
public sealed interface TableCell {

    record Text(String value) implements TableCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    record Number(BigDecimal value) implements TableCell {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    record Empty() implements TableCell {
    }

    public static TableCell text(String value) {
        return value == null ? new Empty() : new Text(value);
    }

    public static TableCell number(BigDecimal value) {
        return value == null ? new Empty() : new Number(value);
    }

    /** A double as the shortest decimal that reads back as the same double (so 63.8 stays 63.8). */
    public static TableCell number(Double value) {
        return value == null ? new Empty() : new Number(BigDecimal.valueOf(value));
    }

    public static TableCell number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }
}
