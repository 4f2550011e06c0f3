package org.rarewatch.engine.waitingtimes;

import java.time.YearMonth;

/** Month, calendar quarter or NHS financial year, written in ISO style: {@code 2023-10}, {@code 2023-Q4}, {@code FY2023-24}. */
public enum PeriodGrain {
    MONTH(1),
    /** Calendar quarters (ISO): October–December 2023 is {@code 2023-Q4}, which the NHS calls Q3 2023/24. */
    QUARTER(3),
    FY(12);

    private final int months;

    PeriodGrain(int months) {
        this.months = months;
    }

    /** How many months a complete period holds. */
    public int months() {
        return months;
    }

    public String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case FY -> {
                int start = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
                yield "FY" + start + "-" + String.format("%02d", (start + 1) % 100);
            }
        };
    }
}
