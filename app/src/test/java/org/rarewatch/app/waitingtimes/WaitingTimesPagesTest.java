package org.rarewatch.app.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo imports the bundled real extracts at start-up, and the pages show the real figures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class WaitingTimesPagesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CwtReleaseStore store;

    @Test
    void theSarcomaPageShowsFdsByMonthAgainstTheStandardInForce() throws Exception {
        HttpResponse<String> page = get("/waiting-times/sarcoma");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Suspected sarcoma</h1>");
        // October 2023: 945 of 1,481 told within 28 days (63.8%), below the 75% standard
        assertThat(html).containsPattern("data-period=\"2023-10\"[\\s\\S]*?945[\\s\\S]*?1,481[\\s\\S]*?63\\.8%[\\s\\S]*?75% \\(FDS-75-2023\\)"
                + "[\\s\\S]*?Below the standard");
        assertThat(html).contains("data-period=\"2024-09\"");
    }

    @Test
    void theSummaryShowsNationalFiguresRareVsBigFourAndTheReleases() throws Exception {
        String html = get("/waiting-times").body();
        assertThat(html).contains("192,880", "271,402", "15,375.5", "24,371.5");
        assertThat(html).contains("Rare and less common vs big four");
        assertThat(html).contains("href=\"/waiting-times/childrens\"");
        assertThat(html).contains("CWT-CRS-Apr-2024-to-Sep-2024-Data-Extract-Provider-Final.xlsx", "Open Government Licence v3.0");
    }

    @Test
    void anUnknownCancerTypeIsNotFound() throws Exception {
        assertThat(get("/waiting-times/appendix").statusCode()).isEqualTo(404);
    }

    @Test
    void restartingTheDemoImportsNothingNew() {
        List<ImportOutcome> again = store.importFiles(CwtDemoLoader.BUNDLED.stream()
                .map(name -> new CwtReleaseStore.ReleaseFile(CwtFiles.DIR.resolve(name))).toList(), (f, r) -> { });
        assertThat(again).allMatch(ImportOutcome::alreadyImported);
        assertThat(store.releases()).hasSize(3);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
