package org.rarewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The first page and the health endpoint over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class HomePageTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsEveryPlanWithItsCommitmentsAndTheirFlags() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String html = page.body();
        assertThat(html).contains("<html lang=\"en-GB\"", "/nhsuk/nhsuk-frontend.min.css");
        assertThat(html).contains("The NHS Long Term Plan", "National Cancer Plan for England");
        assertThat(html).contains("data-commitment-id=\"LTP-02\"", "Raise share of cancers diagnosed at stage 1 or 2");
        assertThat(html).contains("Unverified", "Uncertain");
        assertThat(html.split("class=\"nhsuk-table__row rw-commitment\"", -1)).hasSize(96);
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void healthReportsUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void servesTheVendoredNhsukStylesheet() throws Exception {
        HttpResponse<String> css = get("/nhsuk/nhsuk-frontend.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".nhsuk-header");
        assertThat(get("/assets/images/nhsuk-icon-arrow-right.svg").statusCode()).isEqualTo(200);
    }
}
