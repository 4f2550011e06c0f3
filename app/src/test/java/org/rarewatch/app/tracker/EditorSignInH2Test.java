package org.rarewatch.app.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.support.TestDatabases;
import org.rarewatch.app.tracker.exchange.TrackerExporter;
import org.rarewatch.app.tracker.exchange.TrackerImporter;
import org.rarewatch.app.tracker.exchange.TrackerSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With --demo, the editor needs signing in (pages go to the login page, writes are refused) and the demo loads only once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class EditorSignInH2Test {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    TrackerImporter importer;
    @Autowired
    TrackerExporter exporter;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousEditorPagesGoToSignInWritesAreRefusedAndPublicPagesWork() throws Exception {
        for (String page : new String[] {"/editor", "/editor/editions/2026", "/editor/editions/2026/assessments/NCP-02"}) {
            HttpResponse<String> r = send("GET", page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
        assertThat(status("POST", "/editor/editions/2026/assessments/NCP-02")).isEqualTo(403);
        assertThat(status("PUT", "/api/v1/editor/editions/2026/assessments/NCP-02")).isIn(401, 403);
        assertThat(status("POST", "/api/v1/editor/editions")).isIn(401, 403);
        assertThat(status("GET", "/editions/2020")).isEqualTo(200);
        assertThat(status("GET", "/api/v1/editions")).isEqualTo(200);
        assertThat(status("GET", "/api/v1/plans")).isEqualTo(200);
        assertThat(status("GET", "/api/v1/commitments/LTP-02")).isEqualTo(200);
        assertThat(status("GET", "/api/v1/recommendations")).isEqualTo(200);
    }

    @Test
    void loadingTheDemoAgainChangesNothing() throws Exception {
        Path before = Files.createTempDirectory("demo-before-");
        Path after = Files.createTempDirectory("demo-after-");
        exporter.export(before);
        TrackerImporter.Summary again = importer.importFrom(TrackerSource.classpath("tracker/demo"),
                TrackerImporter.Existing.SKIP);
        assertThat(again.imported()).isEmpty();
        assertThat(again.skipped()).containsExactly(2020, 2026);
        exporter.export(after);
        for (String name : new String[] {"editions.csv", "assessments.csv", "evidence.csv", "tracker.json"}) {
            assertThat(Files.readString(after.resolve(name))).isEqualTo(Files.readString(before.resolve(name)));
        }
    }

    private int status(String method, String path) throws Exception {
        return send(method, path).statusCode();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
