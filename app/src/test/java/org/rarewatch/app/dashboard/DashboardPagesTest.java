package org.rarewatch.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.figures.CommitmentTrajectory;
import org.rarewatch.app.figures.FigureService;
import org.rarewatch.app.figures.FiguresReference;
import org.rarewatch.app.support.TestDatabases;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.trajectory.SuggestedStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard on the demo data: real waiting times from the bundled NHS extracts, published national
 * figures with citations, and early diagnosis from the synthetic registry extract, labelled as such.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class DashboardPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    FigureService figures;

    @Autowired
    FiguresReference reference;

    @Autowired
    org.rarewatch.app.tracker.TrackerQueries queries;

    @Autowired
    org.rarewatch.app.tracker.TrackerService tracker;

    @Test
    void theCancersPageLinksEveryCancerInTheReferenceTable() throws Exception {
        String html = get("/cancers").body();
        for (var c : reference.cancers()) {
            assertThat(html).contains("href=\"/cancers/" + c.slug() + "\"");
        }
        assertThat(html).contains("Synthetic registry data");
    }

    @Test
    void theSarcomaPageShowsFdsByMonthAgainstTheStandardAndEarlyDiagnosisCoverage() throws Exception {
        HttpResponse<String> page = get("/cancers/sarcoma");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Sarcoma</h1>", "Suspected sarcoma");
        // October 2023: 945 of 1,481 told within 28 days (63.8%), below the 75% standard
        assertThat(html).containsPattern("<th scope=\"row\" class=\"nhsuk-table__cell\">2023-10</th>\\s*"
                + "<td class=\"nhsuk-table__cell\">945</td>\\s*<td class=\"nhsuk-table__cell\">1,481</td>\\s*"
                + "<td class=\"nhsuk-table__cell\">63\\.8%</td>[\\s\\S]*?75%</td>\\s*<td class=\"nhsuk-table__cell\">Below the standard");
        assertThat(html).contains("src=\"/cancers/sarcoma/charts/fds-sarcoma.svg\"");
        // early diagnosis for each site group the page covers, with the inclusive measure's coverage, labelled synthetic
        assertThat(html).contains("<h3>Bone</h3>", "<h3>Soft tissue</h3>", "Inclusive measure", "of tumours",
                "Synthetic data");
        assertThat(html).containsPattern("rw-inclusive-coverage\">[0-9.]+% at stage 1 or 2; covers 100\\.0% of tumours");
        assertThat(html).contains("href=\"/cancers/sarcoma/faster-diagnosis.csv\"",
                "href=\"/cancers/sarcoma/faster-diagnosis.xlsx\"", "href=\"/cancers/sarcoma/faster-diagnosis.ods\"");
    }

    @Test
    void aCancerWithoutRegistryFiguresSaysSoPlainly() throws Exception {
        String html = get("/cancers/acute-leukaemia").body();
        assertThat(html).contains("No registry early-diagnosis figures are available for this cancer",
                "Suspected acute leukaemia");
        assertThat(get("/cancers/no-such-cancer").statusCode()).isEqualTo(404);
    }

    @Test
    void chartsAreSvgImagesWithTheirOwnPolicy() throws Exception {
        HttpResponse<String> svg = get("/cancers/sarcoma/charts/fds-sarcoma.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        List<String> csp = svg.headers().allValues("Content-Security-Policy");
        assertThat(csp).hasSize(1);
        assertThat(csp.get(0)).startsWith("default-src 'none'; style-src ").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(svg.body()).contains("<svg", "role=\"img\"");
        assertThat(get("/cancers/sarcoma/charts/nothing.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void tablesDownloadAsCsvXlsxAndOds() throws Exception {
        HttpResponse<String> csv = get("/cancers/sarcoma/faster-diagnosis.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Month,Told within 28 days,Told diagnosis,Performance (%)");
        assertThat(csv.body()).contains("2023-10,945,1481,");
        assertThat(get("/cancers/sarcoma/faster-diagnosis.xlsx").statusCode()).isEqualTo(200);
        assertThat(get("/cancers/sarcoma/faster-diagnosis.ods").statusCode()).isEqualTo(200);
        assertThat(get("/cancers/all/cancers.csv").body()).startsWith("Cancer,Slug,Group,Rarity");
        assertThat(get("/cancers/all/nothing.csv").statusCode()).isEqualTo(404);
        assertThat(get("/cancers/sarcoma/faster-diagnosis.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/compare").body()).contains("Rare and less common", "Big four");
    }

    @Test
    void theEarlyDiagnosisAmbitionHasATrajectoryTo2028WithAnInterval() throws Exception {
        String html = get("/commitments/LTP-02").body();
        assertThat(html).contains("Trajectory to target", "75% of cancers diagnosed at stage 1 or 2 by 2028");
        assertThat(html).contains("src=\"/commitments/LTP-02/charts/trajectory-ltp-02-early-nhs-published-2028-12-31-all.svg\"");
        assertThat(html).containsPattern("projected to be [0-9.]+% \\(95% interval [0-9.]+% to [0-9.]+%\\) by 2028");
        // the published figures behind it, each with its citation
        assertThat(html).contains("The figures as published", "2019: 54.5%", "href=\"https://digital.nhs.uk/");
        CommitmentTrajectory published = figures.snapshot().trajectoriesOf("LTP-02").stream()
                .filter(t -> t.link().indicator().equals("early_nhs_published") && t.scope().equals(IndicatorRow.ALL))
                .findFirst().orElseThrow();
        // 55% (2018), 54.5% (2019), 54% (2021): falling, far from 75%
        assertThat(published.trajectory().suggested()).isEqualTo(SuggestedStatus.OFF_TRACK);
        assertThat(published.trajectory().atTarget().upper95()).isLessThan(0.75);
        assertThat(published.published()).isTrue();
        assertThat(get("/commitments/NOPE-1").statusCode()).isEqualTo(404);
    }

    @Test
    void theIndicatorsApiServesDisclosureControlledRowsWithCachingHeaders() throws Exception {
        HttpResponse<String> r = get("/api/v1/indicators?indicator=cwt_fds_28d&cancer_group=Suspected%20sarcoma");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        JsonNode october = null;
        for (JsonNode row : body.get("rows")) {
            if (row.get("period").asString().equals("2023-10")) {
                october = row;
            }
            assertThat(row.get("flags").toString()).contains("sdc=rarewatch-sdc-1");
        }
        assertThat(october).isNotNull();
        assertThat(october.get("numerator").decimalValue()).isEqualByComparingTo("945");
        assertThat(october.get("denominator").decimalValue()).isEqualByComparingTo("1481");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/indicators?indicator=cwt_fds_28d&cancer_group=Suspected%20sarcoma"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // a third time, answered from the kept bytes: the same body and validators, and 304 when they match
        HttpResponse<String> third = get("/api/v1/indicators?indicator=cwt_fds_28d&cancer_group=Suspected%20sarcoma");
        assertThat(third.body()).isEqualTo(r.body());
        assertThat(third.headers().firstValue("ETag")).hasValue(etag);
        assertThat(third.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> since = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/indicators?indicator=cwt_fds_28d&cancer_group=Suspected%20sarcoma"))
                .header("If-Modified-Since", r.headers().firstValue("Last-Modified").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(since.statusCode()).isEqualTo(304);
    }

    @Test
    void perCancerAndPerCommitmentResourcesAreServed() throws Exception {
        JsonNode sarcoma = JSON.readTree(get("/api/v1/cancers/sarcoma").body());
        assertThat(sarcoma.get("fdsSuspectedCancerType").asString()).isEqualTo("Suspected sarcoma");
        assertThat(sarcoma.get("syntheticRegistryData").asBoolean()).isTrue();
        assertThat(sarcoma.get("earlyDiagnosis").size()).isPositive();
        JsonNode trajectories = JSON.readTree(get("/api/v1/commitments/LTP-02/trajectories").body());
        assertThat(trajectories.get("trajectories").size()).isPositive();
        JsonNode published = JSON.readTree(get("/api/v1/published-figures?indicator=early_nhs_published").body());
        assertThat(published.size()).isEqualTo(3);
        assertThat(published.get(0).get("sourceUrl").asString()).startsWith("http");
        assertThat(JSON.readTree(get("/v3/api-docs").body()).get("paths").has("/api/v1/indicators")).isTrue();
    }

    @Test
    void aKeptPageIsRebuiltWhenAnEditorChangesTheStory() throws Exception {
        String before = get("/commitments/NCP-03").body();
        assertThat(before).doesNotContain("Rationale rewritten for the cache test");
        var view = queries.editionView(2026).assessments().stream()
                .filter(a -> a.commitment().id().equals("NCP-03")).findFirst().orElseThrow();
        tracker.saveAssessment(2026, "NCP-03", new org.rarewatch.app.tracker.Inputs.AssessmentChange("test-editor",
                view.assessment().status().code(), "Rationale rewritten for the cache test", "", List.of(),
                view.assessment().version()));
        Thread.sleep(1100); // the figures' version is checked again at most once a second
        assertThat(get("/commitments/NCP-03").body()).contains("Rationale rewritten for the cache test");
    }

    @Test
    void everyPublishedTrajectoryRowIsNationalOrSynthetic() {
        List<CommitmentTrajectory> all = figures.snapshot().trajectories();
        assertThat(all).isNotEmpty();
        Map<Boolean, Long> synthetic = all.stream().collect(java.util.stream.Collectors.partitioningBy(
                CommitmentTrajectory::synthetic, java.util.stream.Collectors.counting()));
        assertThat(synthetic.get(true)).isPositive();
        assertThat(all).filteredOn(t -> t.link().indicator().startsWith("early_nhs_published")).noneMatch(CommitmentTrajectory::synthetic);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
