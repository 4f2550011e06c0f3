package org.rarewatch.engine.waitingtimes;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/**
 * Reads the national CWT time series of the combined standards in its tidy long form
 * ({@code MONTH_START,SERIES,OPERATIONAL_STANDARD,TOTAL,WITHIN_STANDARD,OUTSIDE_STANDARD,PERFORMANCE}),
 * series {@code 28D_FDS}, {@code 31D_COMBINED}, {@code 62D_COMBINED}.
 */
public final class NationalTimeSeries {

    static final List<String> COLUMNS = List.of("MONTH_START", "SERIES", "OPERATIONAL_STANDARD", "TOTAL",
            "WITHIN_STANDARD", "OUTSIDE_STANDARD", "PERFORMANCE");

    private NationalTimeSeries() {
    }

    public static List<NationalFigure> read(Path file) {
        TabularFile table = new TabularFile(file);
        if (table.isWorkbook()) {
            throw new InvalidInputException(InputProblem.ofFile(table.name(),
                    "expected the tidy CSV form of the national time series, not a workbook"));
        }
        ProblemList problems = new ProblemList(table.name());
        List<NationalFigure> figures = new ArrayList<>();
        CwtColumns[] columns = new CwtColumns[1];
        table.readCsv(header -> {
            columns[0] = CwtColumns.locate(table.name(), "CWT national time series (tidy CSV)", header, COLUMNS, Map.of());
            return columns[0].width();
        }, (line, cells) -> {
            CwtColumns c = columns[0];
            YearMonth month = CwtValues.period(c.get(cells, 0), line, "MONTH_START", problems);
            Standard standard = Standard.fromSeriesCode(c.get(cells, 1)).orElse(null);
            if (standard == null) {
                problems.add(line, "SERIES", c.get(cells, 1), "unknown series: expected 28D_FDS, 31D_COMBINED or 62D_COMBINED");
            }
            BigDecimal total = CwtValues.count(c.get(cells, 3), line, "TOTAL", problems);
            BigDecimal within = CwtValues.count(c.get(cells, 4), line, "WITHIN_STANDARD", problems);
            BigDecimal outside = CwtValues.count(c.get(cells, 5), line, "OUTSIDE_STANDARD", problems);
            BigDecimal performance = CwtValues.count(c.get(cells, 6), line, "PERFORMANCE", problems);
            CwtValues.checkSum(total, within, outside, line, "TOTAL", "WITHIN_STANDARD", "OUTSIDE_STANDARD", problems);
            if (problems.isEmpty()) {
                figures.add(new NationalFigure(month, standard, c.get(cells, 2), total, within, outside, performance));
            }
        });
        problems.throwIfAny();
        return figures;
    }
}
