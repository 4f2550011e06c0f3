package org.rarewatch.app.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.RarewatchApplication;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.members.AccountService;
import org.rarewatch.app.members.Role;
import org.rarewatch.app.members.security.ApiTokens;
import org.rarewatch.app.support.WebSession;
import org.rarewatch.app.tracker.exchange.TrackerExporter;
import org.rarewatch.app.tracker.exchange.TrackerImporter;
import org.rarewatch.app.tracker.exchange.TrackerSource;
import org.rarewatch.app.tracker.freeze.FrozenEdition;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commitment tracker end to end on a real server and a real database (H2 and PostgreSQL through the
 * subclasses): the demo editions, the freeze of a published edition in the service and in the database,
 * optimistic locking under real concurrent requests, bad input, and the export/import round trip.
 * Editor API calls carry an editor's personal API token; editor forms are posted by a signed-in editor
 * session with its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
abstract class TrackerContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LTP_02_RATIONALE_START = "NHS England was working on how to measure";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrackerExporter exporter;
    @Autowired
    TrackerImporter importer;
    @Autowired
    TrackerService service;
    @Autowired
    TrackerRepository repository;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountRepository accountRepository;

    private final HttpClient http = HttpClient.newHttpClient();
    private WebSession editor;
    private String editorToken;

    @BeforeEach
    void signInAsEditor() {
        String password = "tracker-editor-password";
        if (accountRepository.account("tracker-editor").isEmpty()) {
            accounts.createAccount("test", "tracker-editor", "Tracker editor", Role.EDITOR, null, password, false);
        }
        editor = new WebSession(port);
        assertThat(editor.signIn("tracker-editor", password).statusCode()).isEqualTo(302);
        editorToken = tokens.issue("tracker-editor", "tracker tests");
    }

    /** A new, empty database of the same kind: url, user, password. */
    abstract String[] freshDatabase();

    // ---- what the issue says it must show

    @Test
    void editionsListThe2020EditionAsPublishedWithItsHashAndItsLtp02RecommendationCountsAllCancers() throws Exception {
        JsonNode editions = get("/api/v1/editions");
        JsonNode e2020 = find(editions, "year", "2020");
        assertThat(e2020.get("state").asString()).isEqualTo("published");
        assertThat(e2020.get("title").asString()).isEqualTo("2020 — one year on from the NHS Long Term Plan");
        assertThat(e2020.get("contentHash").asString()).matches("[0-9a-f]{64}");
        assertThat(find(editions, "year", "2026").get("state").asString()).isEqualTo("draft");
        assertThat(find(editions, "year", "2026").get("contentHash").isNull()).isTrue();

        JsonNode edition = get("/api/v1/editions/2020");
        JsonNode ltp02 = find(edition.get("assessments"), "commitmentId", "LTP-02");
        assertThat(ltp02.get("commitmentSummary").asString()).contains("three-quarters");
        assertThat(ltp02.get("evidence").size()).isGreaterThanOrEqualTo(2);
        List<String> texts = new ArrayList<>();
        ltp02.get("recommendations").forEach(r -> texts.add(r.get("text").asString()));
        assertThat(texts).anyMatch(t -> t.contains("count every cancer in the early diagnosis target"));
        assertThat(find(edition.get("recommendations"), "id", "R2020-03").get("origin").asString())
                .isEqualTo("carried_forward");
    }

    @Test
    void thePublishedHashIsTheHashOfTheStoredSnapshot() throws Exception {
        JsonNode e2020 = find(get("/api/v1/editions"), "year", "2020");
        Edition stored = repository().edition(2020).orElseThrow();
        assertThat(service.contentHash(stored)).isEqualTo(e2020.get("contentHash").asString());
    }

    @Test
    void everyApiChangeToAPublishedEditionIsRefusedWith409AndChangesNothing() throws Exception {
        String before = exportToString();
        var attempts = List.of(
                put("/api/v1/editor/editions/2020/assessments/LTP-02",
                        "{\"editor\":\"Test\",\"status\":\"achieved\",\"rationale\":\"x\",\"version\":1}"),
                post("/api/v1/editor/editions/2020/assessments/LTP-02/evidence",
                        "{\"editor\":\"Test\",\"claim\":\"c\",\"sourceTitle\":\"t\",\"url\":\"https://example.org\","
                                + "\"publishedOn\":\"2020\"}"),
                put("/api/v1/editor/editions/2020/recommendations/R2020-01",
                        "{\"editor\":\"Test\",\"text\":\"t\",\"addressedTo\":\"NHS England\",\"status\":\"met\","
                                + "\"commitmentIds\":[\"LTP-02\"],\"version\":1}"),
                post("/api/v1/editor/editions/2020/state", "{\"editor\":\"Test\",\"state\":\"in_review\",\"version\":4}"));
        for (HttpResponse<String> response : attempts) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
            assertThat(JSON.readTree(response.body()).get("message").asString()).contains("edition 2020 is published");
        }
        assertThat(exportToString()).isEqualTo(before);
    }

    @Test
    void theDatabaseItselfRefusesToChangeAPublishedEdition() {
        String rationale = jdbc.sql("SELECT rationale FROM assessment WHERE edition_year = 2020 AND commitment_id = 'LTP-02'")
                .query(String.class).single();
        List<String> statements = List.of(
                "UPDATE assessment SET rationale = 'rewritten' WHERE edition_year = 2020 AND commitment_id = 'LTP-02'",
                "DELETE FROM evidence WHERE edition_year = 2020",
                "UPDATE cited_figure SET figure_value = '99' WHERE edition_year = 2020",
                "INSERT INTO assessment (edition_year, commitment_id, status, rationale, rlc_meaning, context_flags, version)"
                        + " VALUES (2020, 'LTP-01', 'achieved', '', '', '', 1)",
                "UPDATE edition_recommendation SET status = 'met' WHERE edition_year = 2020",
                "DELETE FROM recommendation_link WHERE edition_year = 2020",
                "UPDATE recommendation SET origin_ref = 'x' WHERE id = 'R2020-01'",
                "UPDATE edition SET title = 'rewritten' WHERE edition_year = 2020",
                "UPDATE edition SET state = 'draft', content_hash = NULL, published_at = NULL WHERE edition_year = 2020",
                "DELETE FROM edition WHERE edition_year = 2020");
        for (String sql : statements) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .satisfies(e -> assertThat(FrozenEdition.rejection(e)).as(sql).contains("published"));
        }
        assertThat(jdbc.sql("SELECT rationale FROM assessment WHERE edition_year = 2020 AND commitment_id = 'LTP-02'")
                .query(String.class).single()).isEqualTo(rationale).startsWith(LTP_02_RATIONALE_START);
        // the triggers leave unpublished editions alone
        assertThat(jdbc.sql("UPDATE assessment SET rlc_meaning = rlc_meaning WHERE edition_year = 2026").update())
                .isGreaterThan(0);
    }

    // ---- editing, locking, history

    @Test
    void twoEditorsSavingTheSameAssessmentAtOnceOneWinsTheOtherGets409AndNothingIsLost() throws Exception {
        String path = "/api/v1/editor/editions/2026/assessments/NCP-RC-02";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                JsonNode current = find(get("/api/v1/editions/2026").get("assessments"), "commitmentId", "NCP-RC-02");
                int version = current.get("version").asInt();
                String previous = current.get("rationale").asString();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> results = new ArrayList<>();
                for (String editor : List.of("Ada", "Grace")) {
                    String text = editor + " wrote this in round " + round;
                    results.add(pool.submit(() -> {
                        together.await();
                        return put(path, "{\"editor\":\"" + editor + "\",\"status\":\"some_progress\","
                                + "\"rationale\":\"" + text + "\",\"version\":" + version + "}");
                    }));
                }
                List<Integer> codes = new ArrayList<>();
                String winner = null;
                for (Future<HttpResponse<String>> f : results) {
                    HttpResponse<String> r = f.get();
                    codes.add(r.statusCode());
                    if (r.statusCode() == 200) {
                        winner = JSON.readTree(r.body()).get("rationale").asString();
                    } else {
                        assertThat(JSON.readTree(r.body()).get("message").asString())
                                .contains("changed by someone else").contains("Nothing was saved");
                    }
                }
                assertThat(codes).as("round " + round).containsExactlyInAnyOrder(200, 409);
                JsonNode stored = find(get("/api/v1/editions/2026").get("assessments"), "commitmentId", "NCP-RC-02");
                assertThat(stored.get("rationale").asString()).isEqualTo(winner);
                assertThat(stored.get("version").asInt()).isEqualTo(version + 1);
                // the history holds exactly the winning save, with who and before/after
                String marker = " in round " + round;
                List<JsonNode> updates = get("/api/v1/commitments/NCP-RC-02/story").get("changes").valueStream()
                        .filter(c -> c.get("action").asString().equals("update"))
                        .filter(c -> c.get("after").asString().contains(marker)).toList();
                assertThat(updates).hasSize(1);
                assertThat(updates.get(0).get("after").asString()).contains(winner);
                assertThat(updates.get(0).get("before").asString()).contains(previous);
                assertThat(winner).startsWith(updates.get(0).get("changedBy").asString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEditionGoesFromDraftToPublishedAndIsThenFrozen() throws Exception {
        assertThat(post("/api/v1/editor/editions", "{\"editor\":\"Ed\",\"year\":2021,\"title\":\"2021 — two years on\","
                + "\"asOf\":\"2021-04-01\",\"planId\":\"LTP-2019\",\"note\":\"\",\"carryForwardFrom\":2020}").statusCode())
                .isEqualTo(201);
        assertThat(put("/api/v1/editor/editions/2021/assessments/LTP-04", "{\"editor\":\"Ed\",\"status\":\"on_track\","
                + "\"rationale\":\"Reported from October 2021.\",\"contextFlags\":[\"disrupted: pandemic\"]}").statusCode())
                .isEqualTo(200);
        assertThat(post("/api/v1/editor/editions/2021/assessments/LTP-04/evidence", "{\"editor\":\"Ed\",\"claim\":"
                + "\"FDS reported from October 2021 at 75%.\",\"sourceTitle\":\"NHS England\",\"url\":"
                + "\"https://www.england.nhs.uk/clinically-led-review-nhs-access-standards/cancer/\","
                + "\"publishedOn\":\"2021-10\"}").statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/editor/editions/2021/assessments/LTP-04/figures", "{\"editor\":\"Ed\",\"label\":"
                + "\"FDS threshold\",\"value\":\"75\",\"unit\":\"%\",\"period\":\"2021-10\",\"sourceTitle\":\"NHS England\","
                + "\"url\":\"https://www.england.nhs.uk/clinically-led-review-nhs-access-standards/cancer/\"}").statusCode())
                .isEqualTo(201);
        // carried forward: the 2020 recommendations were open, so all four continue, with their history
        JsonNode e2021 = get("/api/v1/editions/2021");
        assertThat(e2021.get("recommendations").size()).isEqualTo(4);
        JsonNode r1 = find(e2021.get("recommendations"), "id", "R2020-01");
        assertThat(r1.get("history").valueStream().map(h -> h.get("editionYear").asInt())).contains(2020, 2021);
        assertThat(r1.get("current").get("commitmentIds").get(0).asString()).isEqualTo("LTP-02");

        int version = e2021.get("edition").get("version").asInt();
        for (String state : List.of("open", "in_review", "published")) {
            HttpResponse<String> r = post("/api/v1/editor/editions/2021/state",
                    "{\"editor\":\"Ed\",\"state\":\"" + state + "\",\"version\":" + version + "}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            version++;
        }
        JsonNode published = find(get("/api/v1/editions"), "year", "2021");
        assertThat(published.get("contentHash").asString()).matches("[0-9a-f]{64}");
        assertThat(service().contentHash(repository().edition(2021).orElseThrow()))
                .isEqualTo(published.get("contentHash").asString());
        assertThat(put("/api/v1/editor/editions/2021/assessments/LTP-04", "{\"editor\":\"Ed\",\"status\":\"achieved\","
                + "\"version\":1}").statusCode()).isEqualTo(409);
        assertThat(get("/api/v1/editions/2020/diff/2021").get("statusChanged").size()).isGreaterThanOrEqualTo(0);
        assertThat(get("/api/v1/editions/2020/diff/2021").get("droppedAssessments").valueStream()
                .map(s -> s.get("commitmentId").asString())).contains("LTP-02");
    }

    @Test
    void eachKindOfBadInputIsAClearErrorAndChangesNothing() throws Exception {
        String before = exportToString();
        String longText = "x".repeat(Checks.TEXT_MAX + 1);
        Map<String, HttpResponse<String>> attempts = Map.of(
                "unknown status", put("/api/v1/editor/editions/2026/assessments/NCP-02",
                        "{\"editor\":\"T\",\"status\":\"excellent\",\"version\":1}"),
                "unknown commitment", put("/api/v1/editor/editions/2026/assessments/NCP-99",
                        "{\"editor\":\"T\",\"status\":\"achieved\"}"),
                "commitment of another plan", put("/api/v1/editor/editions/2026/assessments/LTP-02",
                        "{\"editor\":\"T\",\"status\":\"achieved\"}"),
                "ftp url", post("/api/v1/editor/editions/2026/assessments/NCP-02/evidence",
                        "{\"editor\":\"T\",\"claim\":\"c\",\"sourceTitle\":\"t\",\"url\":\"ftp://example.org/x\","
                                + "\"publishedOn\":\"2026\"}"),
                "javascript url", post("/api/v1/editor/editions/2026/assessments/NCP-02/evidence",
                        "{\"editor\":\"T\",\"claim\":\"c\",\"sourceTitle\":\"t\",\"url\":\"javascript:alert(1)\","
                                + "\"publishedOn\":\"2026\"}"),
                "text too long", put("/api/v1/editor/editions/2026/assessments/NCP-02",
                        "{\"editor\":\"T\",\"status\":\"achieved\",\"rationale\":\"" + longText + "\",\"version\":1}"),
                "recommendation linked to another plan", put("/api/v1/editor/editions/2026/recommendations/R2026-99",
                        "{\"editor\":\"T\",\"text\":\"t\",\"addressedTo\":\"NHS England\",\"status\":\"open\","
                                + "\"commitmentIds\":[\"NCP-03\",\"LTP-02\"]}"),
                "unknown recommendation status", put("/api/v1/editor/editions/2026/recommendations/R2026-01",
                        "{\"editor\":\"T\",\"text\":\"t\",\"addressedTo\":\"NHS England\",\"status\":\"done\","
                                + "\"version\":1}"),
                "no editor name", put("/api/v1/editor/editions/2026/assessments/NCP-02",
                        "{\"status\":\"achieved\",\"version\":1}"));
        Map<String, String> expected = Map.of(
                "unknown status", "unknown status; use one of not_yet_assessed",
                "unknown commitment", "no commitment with this id",
                "commitment of another plan", "belongs to plan LTP-2019, but edition 2026 assesses plan NCP-2026",
                "ftp url", "must be an http or https URL",
                "javascript url", "must be an http or https URL",
                "text too long", "characters long; the limit is 4000",
                "recommendation linked to another plan", "belongs to plan LTP-2019",
                "unknown recommendation status", "unknown recommendation status",
                "no editor name", "is required");
        for (var e : attempts.entrySet()) {
            assertThat(e.getValue().statusCode()).as(e.getKey()).isEqualTo(400);
            JsonNode body = JSON.readTree(e.getValue().body());
            assertThat(body.get("problems").get(0).get("reason").asString()).as(e.getKey())
                    .contains(expected.get(e.getKey()));
        }
        assertThat(get404("/api/v1/editions/1999")).isEqualTo(404);
        assertThat(get404("/api/v1/commitments/NOPE/story")).isEqualTo(404);
        assertThat(exportToString()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recommendation WHERE id = 'R2026-99'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void storyAndDiffJoinTheEditions() throws Exception {
        JsonNode story = get("/api/v1/commitments/LTP-02/story");
        assertThat(story.get("plan").get("id").asString()).isEqualTo("LTP-2019");
        JsonNode chapter = story.get("editions").get(0);
        assertThat(chapter.get("edition").get("year").asInt()).isEqualTo(2020);
        assertThat(chapter.get("assessment").get("status").asString()).isEqualTo("some_progress");
        assertThat(chapter.get("assessment").get("contextFlags").get(0).asString()).isEqualTo("disrupted: pandemic");
        List<String> dates = story.get("timeline").valueStream().map(t -> t.get("date").asString()).toList();
        assertThat(dates).isSorted().contains("2019-01-07", "2020-04-08");
        assertThat(story.get("timeline").get(dates.indexOf("2019-01-07")).get("kind").asString()).isEqualTo("origin");
        assertThat(story.get("recommendations").get(0).get("history").size()).isGreaterThanOrEqualTo(2);

        JsonNode diff = get("/api/v1/editions/2020/diff/2026");
        assertThat(diff.get("newRecommendations").valueStream().map(r -> r.get("recommendationId").asString()))
                .containsExactly("R2026-01");
        JsonNode partly = find(diff.get("recommendationStatusChanged"), "recommendationId", "R2020-03");
        assertThat(partly.get("from").asString()).isEqualTo("open");
        assertThat(partly.get("to").asString()).isEqualTo("partly_met");
        assertThat(diff.get("newAssessments").valueStream().map(a -> a.get("commitmentId").asString()))
                .contains("NCP-03", "NCP-RC-06");
    }

    @Test
    void publicPagesRenderWithoutJavaScriptAndShowTheIllustrativeLabel() throws Exception {
        String edition = getText("/editions/2020");
        assertThat(edition).contains("2020 — one year on from the NHS Long Term Plan")
                .contains(repository().edition(2020).orElseThrow().contentHash())
                .contains("Illustrative:").contains("not the alliance&#39;s published ratings")
                .doesNotContain("<script");
        assertThat(getText("/commitments/LTP-02/story")).contains("Timeline").contains("Some progress");
        assertThat(getText("/editions/2020/diff/2026")).contains("New recommendations (1)");
        assertThat(getText("/editions")).contains("Published").contains("Draft");
        assertThat(getText("/v3/api-docs")).contains("/api/v1/editions/{a}/diff/{b}")
                .contains("/api/v1/commitments/{id}/story");
    }

    @Test
    void anEditorFormSaveKeepsWhatWasTypedWhenItLosesTheRace() throws Exception {
        String path = "/editor/editions/2026/assessments/NCP-RC-01";
        String page = getText(path);
        assertThat(page).contains("Save assessment").contains("value=\"Tracker editor\"");
        HttpResponse<String> first = form(path, "editor=Ann&status=no_data&rationale=Nothing+published+yet&rlcMeaning="
                + "&contextFlags=&version=1");
        assertThat(first.statusCode()).isEqualTo(302);
        HttpResponse<String> stale = form(path, "editor=Ben&status=achieved&rationale=Ben%27s+careful+words"
                + "&rlcMeaning=&contextFlags=&version=1");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed by someone else").contains("Ben&#39;s careful words");
    }

    @Test
    void anEditorCanRunAnEditionThroughTheFormsWithoutJavaScript() throws Exception {
        HttpResponse<String> created = form("/editor/editions", "editor=Fay&year=2022&title=2022+%E2%80%94+three+years+on"
                + "&asOf=2022-04-01&planId=LTP-2019&note=&carryForwardFrom=");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/editor/editions/2022");
        assertThat(getText("/editor/editions/2022")).contains("Move to: Open for evidence").contains("Assess LTP-02");
        assertThat(form("/editor/editions/2022/assessments/LTP-01", "editor=Fay&status=no_data&rationale=&rlcMeaning="
                + "&contextFlags=&version=").statusCode()).isEqualTo(302);
        assertThat(form("/editor/editions/2022/assessments/LTP-01/evidence", "editor=Fay&claim=c&sourceTitle=t"
                + "&url=ftp%3A%2F%2Fexample.org&publishedOn=2022").statusCode()).isEqualTo(400);
        assertThat(form("/editor/editions/2022/recommendations", "editor=Fay&id=R2022-01&text=Publish+survival+by+cancer"
                + "&addressedTo=NHS+England&status=open&statusNote=&commitmentIds=LTP-01&origin=alliance&originPlanId="
                + "&originRef=&version=").statusCode()).isEqualTo(302);
        for (String[] step : new String[][] {{"open", "1"}, {"in_review", "2"}, {"published", "3"}}) {
            assertThat(form("/editor/editions/2022/state", "editor=Fay&state=" + step[0] + "&version=" + step[1])
                    .statusCode()).as(step[0]).isEqualTo(302);
        }
        HttpResponse<String> stale = form("/editor/editions/2022/state", "editor=Fay&state=in_review&version=3");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("edition 2022 is published and cannot be changed");
        assertThat(getText("/editions/2022")).contains(repository.edition(2022).orElseThrow().contentHash())
                .contains("Publish survival by cancer");
    }

    // ---- round trip

    @Test
    void exportImportIntoAnEmptyDatabaseExportIsByteIdentical(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        // make sure there is history to carry: one more change to the draft edition
        int version = find(get("/api/v1/editions/2026").get("assessments"), "commitmentId", "NCP-RC-06")
                .get("version").asInt();
        assertThat(put("/api/v1/editor/editions/2026/assessments/NCP-RC-06", "{\"editor\":\"Round Trip\","
                + "\"status\":\"achieved\",\"rationale\":\"Royal Assent on 5 March 2026 (\\\"c. 8\\\"), checked again.\","
                + "\"contextFlags\":[\"checked: twice\"],\"version\":" + version + "}").statusCode()).isEqualTo(200);
        exporter.export(first);
        assertThat(Files.readAllLines(first.resolve("history.csv")).size()).isGreaterThan(1);
        String[] fresh = freshDatabase();
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(RarewatchApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + fresh[0], "--spring.datasource.username=" + fresh[1],
                        "--spring.datasource.password=" + fresh[2], "--rarewatch.demo=false")) {
            TrackerImporter.Summary s = other.getBean(TrackerImporter.class)
                    .importFrom(TrackerSource.directory(first), TrackerImporter.Existing.SKIP_IDENTICAL);
            assertThat(s.imported()).contains(2020, 2026);
            other.getBean(TrackerExporter.class).export(second);
            // the same files again change nothing
            TrackerImporter.Summary again = other.getBean(TrackerImporter.class)
                    .importFrom(TrackerSource.directory(first), TrackerImporter.Existing.SKIP_IDENTICAL);
            assertThat(again.imported()).isEmpty();
        }
        List<String> names;
        try (Stream<Path> files = Files.list(first)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("editions.csv", "assessments.csv", "history.csv", "tracker.json");
        for (String name : names) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void anImportWithBadRowsReportsEveryProblemOnceAndWritesNothing(@TempDir Path dir) throws Exception {
        exporter.export(dir);
        String before = exportToString();
        Path assessments = dir.resolve("assessments.csv");
        String original = Files.readString(assessments);
        Files.writeString(assessments, original
                .replaceFirst("2026,NCP-03,some_progress", "2026,NCP-03,brilliant")
                .replaceFirst("2026,NCP-RC-06,", "2026,LTP-01,"));
        Path evidence = dir.resolve("evidence.csv");
        String originalEvidence = Files.readString(evidence);
        Files.writeString(evidence, originalEvidence.replaceFirst("https://www.parallelparliament", "file:///etc"));
        assertThatThrownBy(() -> importer.importFrom(TrackerSource.directory(dir), TrackerImporter.Existing.SKIP_IDENTICAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> lines = e.problems().stream().map(p -> p.describe()).toList();
                    // the fourth: the evidence of NCP-RC-06 now has no assessment to belong to
                    assertThat(lines).hasSize(4);
                    assertThat(lines.get(3)).contains("evidence.csv:").contains("NCP-RC-06").contains("no assessment");
                    assertThat(lines.get(0)).contains("assessments.csv:").contains("column status: value \"brilliant\"")
                            .contains("unknown status");
                    assertThat(lines.get(1)).contains("column commitment_id: value \"LTP-01\"")
                            .contains("belongs to plan LTP-2019");
                    assertThat(lines.get(2)).contains("evidence.csv:").contains("column url")
                            .contains("file:///etc").contains("http or https");
                });

        // a published edition whose content was edited no longer matches its hash
        Files.writeString(evidence, originalEvidence);
        Files.writeString(assessments, original.replaceFirst("NHS England was working", "NHS England was not working"));
        assertThatThrownBy(() -> importer.importFrom(TrackerSource.directory(dir), TrackerImporter.Existing.SKIP_IDENTICAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).describe())
                        .contains("editions.csv:2: column content_hash")
                        .contains("a published edition was changed after publication"));

        // an edition already stored with other content is not overwritten
        Files.writeString(assessments, original.replaceFirst("2026,NCP-02,not_measurable", "2026,NCP-02,no_data"));
        assertThatThrownBy(() -> importer.importFrom(TrackerSource.directory(dir), TrackerImporter.Existing.SKIP_IDENTICAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).describe())
                        .contains("editions.csv:").contains(": column year: value \"2026\"")
                        .contains("already in the database with different content"));
        assertThat(exportToString()).isEqualTo(before);
    }

    // ---- helpers

    private TrackerService service() {
        return service;
    }

    private TrackerRepository repository() {
        return repository;
    }

    private String exportToString() throws IOException {
        Path dir = Files.createTempDirectory("tracker-export-");
        exporter.export(dir);
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                all.append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return all.toString();
    }

    /** Markup and script typed into tracker fields: escaped on pages, intact as data in the API and the export. */
    @Test
    void markupInEveryTrackerTextFieldIsEscapedOnPagesAndKeptExactInTheApiAndExport(@TempDir Path dir)
            throws Exception {
        String payload = "<script>alert('x')</script><b onmouseover=\\\"alert(1)\\\">bold</b>, =1+1 & more";
        String exact = "<script>alert('x')</script><b onmouseover=\"alert(1)\">bold</b>, =1+1 & more";
        int version = find(get("/api/v1/editions/2026").get("assessments"), "commitmentId", "NCP-03")
                .get("version").asInt();
        assertThat(put("/api/v1/editor/editions/2026/assessments/NCP-03", "{\"editor\":\"" + payload
                + "\",\"status\":\"some_progress\",\"rationale\":\"" + payload + "\",\"rlcMeaning\":\"" + payload
                + "\",\"contextFlags\":[\"" + payload + "\"],\"version\":" + version + "}").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/editor/editions/2026/assessments/NCP-03/evidence", "{\"editor\":\"Ed\",\"claim\":\""
                + payload + "\",\"sourceTitle\":\"" + payload + "\",\"url\":\"https://example.org/?q=%3Cscript%3E\","
                + "\"publishedOn\":\"2026-02\"}").statusCode()).isEqualTo(201);

        for (String page : List.of("/editions/2026", "/commitments/NCP-03/story")) {
            String html = http.send(HttpRequest.newBuilder(uri(page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(html).as(page).doesNotContain("<script>alert", "<b onmouseover")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
        JsonNode assessment = find(get("/api/v1/editions/2026").get("assessments"), "commitmentId", "NCP-03");
        assertThat(assessment.get("rationale").asString()).isEqualTo(exact);
        assertThat(assessment.get("rlcMeaning").asString()).isEqualTo(exact);

        exporter.export(dir);
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(dir.resolve("evidence.csv"))) {
            assertThat(csv.stream().filter(r -> r.getField("claim").equals(exact)).count()).isEqualTo(1);
        }
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(dir.resolve("assessments.csv"))) {
            assertThat(csv.stream().filter(r -> r.getField("rationale").equals(exact)).count()).isEqualTo(1);
        }
        assertThat(JSON.readTree(Files.readString(dir.resolve("tracker.json"))).toString()).contains("alert(1)");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private int get404(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String getText(String path) throws Exception {
        HttpResponse<String> r = editor.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + editorToken)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + editorToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String path, String body) throws Exception {
        return editor.form(path, body);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
