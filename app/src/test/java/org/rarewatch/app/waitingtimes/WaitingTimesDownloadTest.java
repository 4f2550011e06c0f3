package org.rarewatch.app.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The FDS-by-type table of /waiting-times downloads as CSV, XLSX and ODS, with the page's own figures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class WaitingTimesDownloadTest {

    private static final String FILE = "rarewatch-fds-by-suspected-cancer-type-2024-09";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void theSummaryPageLinksToTheThreeFormats() throws Exception {
        String html = new String(get("/waiting-times").body(), StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"/waiting-times/fds-by-type.csv\"", "href=\"/waiting-times/fds-by-type.xlsx\"",
                "href=\"/waiting-times/fds-by-type.ods\"");
    }

    @Test
    void csvHasTheHeaderRowAndTheSameFiguresAsThePageUnrounded() throws Exception {
        HttpResponse<byte[]> response = get("/waiting-times/fds-by-type.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"" + FILE + ".csv\"");

        List<CsvRecord> records = CsvReader.builder()
                .ofCsvRecord(new String(response.body(), StandardCharsets.UTF_8)).stream().toList();
        assertThat(records.get(0).getFields()).isEqualTo(FdsByTypeDownload.HEADERS);
        String page = new String(get("/waiting-times").body(), StandardCharsets.UTF_8);
        assertThat(records).hasSize(1 + count(page, "<tr class=\"nhsuk-table__row\" data-slug="));

        CsvRecord sarcoma = records.stream().filter(r -> r.getField(1).equals("Suspected sarcoma")).findFirst().orElseThrow();
        assertThat(sarcoma.getField(0)).isEqualTo("2024-09");
        assertThat(sarcoma.getField(2)).isEqualTo("Rare and less common");
        // the page shows the same counts with thousands separators and the percentage to one decimal
        Matcher row = Pattern.compile("data-slug=\"sarcoma\"[\\s\\S]*?numeric\">([\\d,.]+)</td>[\\s\\S]*?numeric\">([\\d,.]+)"
                + "</td>[\\s\\S]*?numeric\">([\\d.]+)%</td>").matcher(page);
        assertThat(row.find()).isTrue();
        BigDecimal within = new BigDecimal(sarcoma.getField(3));
        BigDecimal total = new BigDecimal(sarcoma.getField(4));
        assertThat(within).isEqualByComparingTo(row.group(1).replace(",", ""));
        assertThat(total).isEqualByComparingTo(row.group(2).replace(",", ""));
        BigDecimal percent = new BigDecimal(sarcoma.getField(5));
        assertThat(percent.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo(row.group(3));
        assertThat(percent.doubleValue()).isCloseTo(within.doubleValue() / total.doubleValue() * 100,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new BigDecimal(sarcoma.getField(6))).isLessThan(percent);
        assertThat(new BigDecimal(sarcoma.getField(7))).isGreaterThan(percent);
        assertThat(sarcoma.getField(8)).isNotBlank();
        assertThat(sarcoma.getField(11)).isEqualTo("cwt_fds_28d");
    }

    @Test
    void xlsxAndOdsCarryTheSameRowsAsNumbersAndText() throws Exception {
        List<CsvRecord> csv = CsvReader.builder().ofCsvRecord(
                new String(get("/waiting-times/fds-by-type.csv").body(), StandardCharsets.UTF_8)).stream().toList();

        HttpResponse<byte[]> xlsx = get("/waiting-times/fds-by-type.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(FILE + ".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(csv.size());
            for (int r = 1; r < rows.size(); r++) {
                assertThat(rows.get(r).getCell(1).asString()).isEqualTo(csv.get(r).getField(1));
                assertThat(rows.get(r).getCell(3).getType()).isEqualTo(CellType.NUMBER);
                assertThat(rows.get(r).getCell(3).asNumber()).isEqualByComparingTo(csv.get(r).getField(3));
                assertThat(rows.get(r).getCell(5).asNumber()).isEqualByComparingTo(csv.get(r).getField(5));
            }
        }

        HttpResponse<byte[]> ods = get("/waiting-times/fds-by-type.ods");
        assertThat(ods.statusCode()).isEqualTo(200);
        assertThat(ods.headers().firstValue("Content-Type")).hasValue("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(ods.headers().firstValue("Content-Disposition").orElseThrow()).contains(FILE + ".ods");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods.body()))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            String content = null;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertThat(content).contains("office:value-type=\"float\" office:value=\"" + csv.get(1).getField(3) + "\"");
            assertThat(count(content, "<table:table-row")).isGreaterThanOrEqualTo(csv.size());
        }
    }

    @Test
    void anUnknownFormatIsNotFound() throws Exception {
        assertThat(get("/waiting-times/fds-by-type.pdf").statusCode()).isEqualTo(404);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
