package org.rarewatch.engine.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

class ProviderExtractReaderTest {

    static final String HEADER = "PERIOD,YEAR,MONTH,STANDARD,ORG CODE,STAGE/ROUTE,TREATMENT MODALITY,CANCER TYPE,"
            + "TOTAL TREATED,WITHIN STANDARD,BREACHES\n";
    static final String GOOD = HEADER
            + "2023-10-01,2023/24,OCT,28-day FDS,R0A,URGENT SUSPECTED CANCER,,Suspected sarcoma,90,35,55\n"
            + "2023-10-01,2023/24,OCT,62-day Combined,RBK,Breast Symptomatic,ALL MODALITIES,Breast,1.5,1,0.5\n"
            + "2023-10-01,2023/24,OCT,62-day Combined,RBK,Breast Symptomatic,Surgery,ALL CANCERS,1.5,1,0.5\n"
            + "2023-09-01,2023/24,SEP,31-day Combined,RBK,First Treatment,ALL MODALITIES,Urological,4,3,1\n";

    @TempDir
    Path dir;

    @Test
    void readsAWorkbookWhoseSheetDimensionWronglySaysA1() {
        List<CwtRecord> records = new ArrayList<>();
        ProviderExtractReader.Summary summary = ProviderExtractReader.read(BundledCwt.APR_SEP_2024, records::add);
        assertThat(summary.rows()).isEqualTo(61_780);
        assertThat(records).hasSize(61_780);
        assertThat(summary.months()).containsExactly(YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6),
                YearMonth.of(2024, 7), YearMonth.of(2024, 8), YearMonth.of(2024, 9));
        // the last of the 11 columns is read, so the whole width was seen
        assertThat(records).allSatisfy(r -> assertThat(r.breaches()).isNotNull());
    }

    @Test
    void readsTheCsvFormWithHalvesKeptExactAndRoutesNormalisedAcrossCase() throws IOException {
        Path csv = write("good.csv", GOOD);
        List<CwtRecord> records = ProviderExtractReader.readAll(csv);
        assertThat(records).hasSize(4);
        assertThat(records.get(0).route()).isEqualTo(Route.URGENT_SUSPECTED_CANCER);
        assertThat(records.get(0).cancerType().slug()).isEqualTo("sarcoma");
        assertThat(records.get(1).total().toPlainString()).isEqualTo("1.5");
        assertThat(records.get(1).breaches().toPlainString()).isEqualTo("0.5");
        assertThat(records.get(1).route()).isEqualTo(Route.BREAST_SYMPTOMATIC);
        assertThat(records.get(1).countsTowardTotals()).isTrue();
        assertThat(records.get(2).countsTowardTotals()).isFalse();
        assertThat(records.get(3).cancerType().grouping()).isEqualTo("apr2022");
    }

    @Test
    void xlsxAndCsvOfTheSameRowsGiveTheSameRecords() throws IOException {
        Path csv = write("good.csv", GOOD);
        Path xlsx = dir.resolve("good.xlsx");
        String[] lines = GOOD.split("\n");
        writeWorkbook(xlsx, ProviderExtractReader.SHEET, lines);
        assertThat(ProviderExtractReader.readAll(xlsx)).isEqualTo(ProviderExtractReader.readAll(csv));
    }

    @Test
    void aCommissionerExtractPassedAsAProviderExtractIsRejected() {
        assertThatThrownBy(() -> ProviderExtractReader.readAll(BundledCwt.ICB_2023))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(BundledCwt.ICB_2023.toString());
                            assertThat(p.reason()).contains("ICB sub-location (commissioner) extract");
                        }));
    }

    @Test
    void aCommissionerCsvIsRecognisedByItsHeader() throws IOException {
        Path csv = write("icb.csv", "PERIOD,YEAR,MONTH,STANDARD,ICB SUB LOCATION,SUB-CATEGORY,TOTAL,WITHIN STANDARD,BREACHES\n"
                + "2023-04-01,2023/24,APR,28-day FDS,00L,,508,311,197\n");
        InputProblem p = only(csv);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo("ICB SUB LOCATION");
        assertThat(p.reason()).contains("commissioner");
    }

    @Test
    void aRandomCsvIsNotAnExtract() throws IOException {
        Path csv = write("random.csv", "name,age\nAda,36\n");
        InputProblem p = only(csv);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.reason()).startsWith("not a CWT-CRS provider extract");
    }

    @Test
    void aWorkbookWithAnotherSheetNameIsRejected() throws IOException {
        Path xlsx = dir.resolve("other.xlsx");
        writeWorkbook(xlsx, "Sheet1", GOOD.split("\n"));
        InputProblem p = only(xlsx);
        assertThat(p.describe()).isEqualTo(xlsx + ": not a CWT-CRS provider extract: no sheet named "
                + "'CWT CRS Provider Extract' (sheets: Sheet1)");
    }

    @Test
    void missingColumnsAreEachNamed() throws IOException {
        Path csv = write("missing.csv", "PERIOD,YEAR,MONTH,STANDARD,ORG CODE,STAGE/ROUTE,CANCER TYPE,TOTAL TREATED,BREACHES\n"
                + "2023-10-01,2023/24,OCT,28-day FDS,R0A,URGENT SUSPECTED CANCER,Suspected sarcoma,90,55\n");
        assertThatThrownBy(() -> ProviderExtractReader.readAll(csv))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::column).containsExactly("TREATMENT MODALITY", "WITHIN STANDARD"));
    }

    @Test
    void everyBadValueIsReportedWithLineAndColumn() throws IOException {
        Path csv = write("bad.csv", HEADER
                + "2023-10-01,2023/24,OCT,28-day FDS,R0A,URGENT SUSPECTED CANCER,,Suspected sarcoma,ninety,35,55\n"
                + "2023-10-01,2023/24,OCT,28-day FDS,R0A,URGENT SUSPECTED CANCER,,Suspected sarcoma,90,36,55\n"
                + "2023-10-01,2023/24,OCT,14-day 2WW,R0A,URGENT SUSPECTED CANCER,,Suspected sarcoma,90,35,55\n"
                + "2023-10-01,2023/24,OCT,28-day FDS,R0A,URGENT SUSPECTED CANCER,,Suspected appendix cancer,90,35,55\n"
                + "2023-10-01,2023/24,OCT,62-day Combined,RBK,Screening,ALL MODALITIES,Urological,2,1,1\n"
                + "2023-10-01,2023/24,SEP,28-day FDS,R0A,URGENT SUSPECTED CANCER,,Suspected sarcoma,90,35,55\n");
        assertThatThrownBy(() -> ProviderExtractReader.readAll(csv))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe).containsExactly(
                                csv + ":2: column TOTAL TREATED: value \"ninety\": not a number",
                                csv + ":3: column TOTAL TREATED: value \"90\": WITHIN STANDARD (36) + BREACHES (55) does not equal TOTAL TREATED",
                                csv + ":4: column STANDARD: value \"14-day 2WW\": unknown standard: expected 28-day FDS, 31-day Combined or 62-day Combined",
                                csv + ":5: column CANCER TYPE: value \"Suspected appendix cancer\": unknown cancer type for 28-day FDS in 2023-10",
                                // the October 2023 grouping split Urological, so the old label is no longer valid
                                csv + ":6: column CANCER TYPE: value \"Urological\": unknown cancer type for 62-day Combined in 2023-10",
                                csv + ":7: column MONTH: value \"SEP\": does not match PERIOD 2023-10 (expected OCT)"));
    }

    @Test
    void aRowMixingModalityAndTumourGroupIsRejected() throws IOException {
        Path csv = write("mixed.csv", HEADER
                + "2023-10-01,2023/24,OCT,31-day Combined,RBK,First Treatment,Surgery,Breast,2,1,1\n");
        assertThat(only(csv).reason()).isEqualTo("rows for one treatment modality must have cancer type ALL CANCERS");
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        assertThat(only(write("empty.csv", "")).reason()).contains("empty");
        assertThat(only(write("header-only.csv", HEADER)).reason()).isEqualTo("has a header but no data rows");
    }

    private InputProblem only(Path file) {
        try {
            ProviderExtractReader.readAll(file);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected " + file + " to be rejected");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    static void writeWorkbook(Path file, String sheet, String[] csvLines) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet);
            for (int r = 0; r < csvLines.length; r++) {
                String[] cells = csvLines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (r > 0 && c == 0) {
                        ws.value(r, c, java.time.LocalDate.parse(v));
                        ws.style(r, c).format("yyyy-mm-dd").set();
                    } else if (r > 0 && c >= 8) {
                        ws.value(r, c, new java.math.BigDecimal(v));
                    } else if (!v.isEmpty()) {
                        ws.value(r, c, v);
                    }
                }
            }
            workbook.finish();
        }
    }
}
