package org.rarewatch.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.members.TestAccounts.Who;
import org.rarewatch.app.members.security.ApiTokens;
import org.rarewatch.app.members.submissions.SubmissionService;
import org.rarewatch.app.support.WebSession;
import org.rarewatch.app.tracker.Inputs;
import org.rarewatch.app.tracker.TrackerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The submission workflow through pages and API on a real database (H2 and PostgreSQL subclasses):
 * drafts private to their organisation, submitting, agreement between members, accept and reject, and
 * the evidence window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
abstract class SubmissionContract {

    private static final Pattern SUBMISSION = Pattern.compile("/member/submissions/(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    AccountService service;
    @Autowired
    AccountRepository repository;
    @Autowired
    TrackerService tracker;
    @Autowired
    SubmissionService submissions;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(service, repository);
        TestAccounts.openForEvidence(tracker, jdbc, 2026);
    }

    private long draft(WebSession member, String commitment, String claim, String status) {
        HttpResponse<String> r = member.form("/member/submissions", "year=2026&commitmentId=" + commitment
                + "&claim=" + WebSession.enc(claim) + "&sourceTitle=Annual+report&url=https%3A%2F%2Fexample.org%2Freport"
                + "&publishedOn=2026-02&cancerGroups=Brain&cancerGroups=Bone&suggestedStatus=" + status);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        Matcher m = SUBMISSION.matcher(r.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aDraftIsVisibleOnlyToItsOwnOrganisationAndCannotBeChangedByAnother() {
        WebSession a = TestAccounts.session(port, Who.MEMBER_A);
        WebSession b = TestAccounts.session(port, Who.MEMBER_B);
        WebSession editor = TestAccounts.session(port, Who.EDITOR);
        long id = draft(a, "NCP-03", "Private draft claim of A", "on_track");
        assertThat(a.get("/member/submissions/" + id).body()).contains("Private draft claim of A")
                .contains("only your organisation can see it");
        assertThat(a.get("/member").body()).contains("Private draft claim of A");

        assertThat(b.get("/member/submissions/" + id).statusCode()).isEqualTo(404);
        assertThat(b.get("/member").body()).doesNotContain("Private draft claim of A");
        String tokenB = tokens.issue(Who.MEMBER_B.username, "b");
        assertThat(b.json("GET", "/api/v1/member/submissions", null, tokenB).body())
                .doesNotContain("Private draft claim of A");
        assertThat(b.form("/member/submissions/" + id, "claim=Changed+by+B&sourceTitle=x&url=https%3A%2F%2Fx.org"
                + "&publishedOn=2026&cancerGroups=Brain&suggestedStatus=achieved&version=1").statusCode()).isEqualTo(404);
        assertThat(b.json("PUT", "/api/v1/member/submissions/" + id, "{\"claim\":\"Changed by B\",\"sourceTitle\":\"x\","
                + "\"url\":\"https://x.org\",\"publishedOn\":\"2026\",\"cancerGroups\":[\"Brain\"],"
                + "\"suggestedStatus\":\"achieved\"}", tokenB).statusCode()).isEqualTo(404);
        assertThat(b.form("/member/submissions/" + id + "/submit", "").statusCode()).isEqualTo(404);
        assertThat(b.json("POST", "/api/v1/member/submissions/" + id + "/submit", "{}", tokenB).statusCode())
                .isEqualTo(404);
        assertThat(editor.get("/editor/submissions").body()).doesNotContain("Private draft claim of A");
        assertThat(editor.get("/member/submissions/" + id).statusCode()).isEqualTo(403);

        assertThat(jdbc.sql("SELECT claim, state FROM submission WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single())
                .isEqualTo("Private draft claim of A|draft");
    }

    @Test
    void theEditorSeesDisagreementAcceptsIntoTheAssessmentAndRejectsWithAReasonTheMemberSees() {
        WebSession a = TestAccounts.session(port, Who.MEMBER_A);
        WebSession b = TestAccounts.session(port, Who.MEMBER_B);
        WebSession editor = TestAccounts.session(port, Who.EDITOR);
        long fromA = draft(a, "NCP-RC-02", "A says the registry is late", "no_progress");
        long fromB = draft(b, "NCP-RC-02", "B says the registry is on its way", "on_track");
        assertThat(a.form("/member/submissions/" + fromA + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(b.form("/member/submissions/" + fromB + "/submit", "").statusCode()).isEqualTo(302);
        // submitted: no more changes
        assertThat(a.form("/member/submissions/" + fromA, "claim=Later&sourceTitle=x&url=https%3A%2F%2Fx.org"
                + "&publishedOn=2026&cancerGroups=Brain&suggestedStatus=achieved").statusCode()).isEqualTo(409);

        String page = editor.get("/editor/submissions").body();
        assertThat(page).contains("A says the registry is late").contains("B says the registry is on its way")
                .contains("Members disagree").contains("No progress").contains("On track")
                .contains(TestAccounts.ORG_A.replace("(", "(")).contains(TestAccounts.ORG_B);

        int evidenceBefore = jdbc.sql("SELECT COUNT(*) FROM evidence WHERE edition_year = 2026 "
                + "AND commitment_id = 'NCP-RC-02'").query(Integer.class).single();
        assertThat(editor.form("/editor/submissions/" + fromA + "/accept", "").statusCode()).isEqualTo(302);
        assertThat(editor.form("/editor/submissions/" + fromA + "/accept", "").statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence WHERE edition_year = 2026 AND commitment_id = 'NCP-RC-02'")
                .query(Integer.class).single()).isEqualTo(evidenceBefore + 1);
        String edition = new WebSession(port).get("/api/v1/editions/2026").body();
        assertThat(edition).contains("A says the registry is late")
                .contains("Annual report (evidence submitted by " + TestAccounts.ORG_A + ")");

        assertThat(editor.form("/editor/submissions/" + fromB + "/reject", "reason=").statusCode()).isEqualTo(400);
        assertThat(editor.form("/editor/submissions/" + fromB + "/reject",
                "reason=The+source+predates+the+edition").statusCode()).isEqualTo(302);
        assertThat(b.get("/member/submissions/" + fromB).body()).contains("Not accepted")
                .contains("The source predates the edition");
        assertThat(a.get("/member/submissions/" + fromA).body()).contains("Accepted");
        assertThat(audit.latest(20).stream().map(e -> e.action() + " " + e.entityKey()).toList())
                .contains("reject submission/" + fromB, "accept submission/" + fromA, "submit submission/" + fromA);
        // the accepted evidence was written to the tracker's own history too, by the signed-in editor
        assertThat(audit.latest(20).stream().filter(e -> e.domain().equals("tracker") && e.entity().equals("evidence"))
                .findFirst().orElseThrow().account()).isEqualTo(Who.EDITOR.username);
    }

    @Test
    void afterTheWindowClosesMembersCanNoLongerSubmitOrChangeAnything() {
        String plan = jdbc.sql("SELECT plan_id FROM edition WHERE edition_year = 2026").query(String.class).single();
        if (jdbc.sql("SELECT COUNT(*) FROM edition WHERE edition_year = 2031").query(Integer.class).single() == 0) {
            tracker.createEdition(new Inputs.NewEdition("test", 2031, "2031 test edition", "2031-01-01", plan, "", null));
        }
        TestAccounts.openForEvidence(tracker, jdbc, 2031);
        String tokenA = tokens.issue(Who.MEMBER_A.username, "window");
        WebSession client = new WebSession(port);
        String body = "{\"year\":2031,\"commitmentId\":\"NCP-02\",\"claim\":\"In time\",\"sourceTitle\":\"t\","
                + "\"url\":\"https://example.org\",\"publishedOn\":\"2031\",\"cancerGroups\":[\"Brain\"],"
                + "\"suggestedStatus\":\"no_data\"}";
        HttpResponse<String> created = client.json("POST", "/api/v1/member/submissions", body, tokenA);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        int version = jdbc.sql("SELECT version FROM edition WHERE edition_year = 2031").query(Integer.class).single();
        tracker.changeState(2031, new Inputs.StateChange("test", "in_review", version));

        assertThat(client.json("POST", "/api/v1/member/submissions", body, tokenA).statusCode()).isEqualTo(409);
        HttpResponse<String> late = client.json("POST", "/api/v1/member/submissions/" + id + "/submit", "{}", tokenA);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("not open for evidence");
        assertThat(client.json("PUT", "/api/v1/member/submissions/" + id, body, tokenA).statusCode()).isEqualTo(409);
        WebSession a = TestAccounts.session(port, Who.MEMBER_A);
        assertThat(a.form("/member/submissions", "year=2031&commitmentId=NCP-02&claim=Late&sourceTitle=t"
                + "&url=https%3A%2F%2Fexample.org&publishedOn=2031&cancerGroups=Brain&suggestedStatus=no_data")
                .statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT state FROM submission WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("draft");
    }

    @Test
    void badInputIsReportedPerFieldAndOnlyHttpUrlsAreAccepted() {
        String tokenA = tokens.issue(Who.MEMBER_A.username, "bad");
        HttpResponse<String> r = new WebSession(port).json("POST", "/api/v1/member/submissions",
                "{\"year\":2026,\"commitmentId\":\"NCP-99\",\"claim\":\"\",\"sourceTitle\":\"t\","
                        + "\"url\":\"javascript:alert(1)\",\"publishedOn\":\"soon\",\"cancerGroups\":[\"Made up\"],"
                        + "\"suggestedStatus\":\"excellent\"}", tokenA);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("claim: is required").contains("must be an http or https URL")
                .contains("publishedOn").contains("excellent").contains("Made up").contains("NCP-99");
    }

    @Test
    void markupInSubmissionFieldsComesBackEscapedInPagesAndIntactInJson() {
        WebSession a = TestAccounts.session(port, Who.MEMBER_A);
        WebSession editor = TestAccounts.session(port, Who.EDITOR);
        long id = draft(a, "NCP-04", SecurityContract.XSS, "no_data");
        assertThat(a.get("/member/submissions/" + id).body()).contains(SecurityContract.XSS_ESCAPED)
                .doesNotContain(SecurityContract.XSS);
        a.form("/member/submissions/" + id + "/submit", "");
        assertThat(editor.get("/editor/submissions").body()).contains(SecurityContract.XSS_ESCAPED)
                .doesNotContain(SecurityContract.XSS);
        HttpResponse<String> json = a.json("GET", "/api/v1/member/submissions", null,
                tokens.issue(Who.MEMBER_A.username, "xss"));
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).contains("<script>alert('x')</script>");
        assertThat(editor.form("/editor/submissions/" + id + "/accept", "").statusCode()).isEqualTo(302);
        String publicPage = new WebSession(port).get("/editions/2026").body();
        assertThat(publicPage).doesNotContain(SecurityContract.XSS);
        assertThat(new WebSession(port).get("/commitments/NCP-04/story").body()).doesNotContain(SecurityContract.XSS)
                .contains("&lt;script&gt;");
        assertThat(TestAccounts.session(port, Who.ADMIN).get("/admin/audit").body()).doesNotContain("<script>alert");
        assertThat(List.of(id)).isNotEmpty();
    }

    // ---- spreadsheets

    @Test
    void theTemplateListsOpenCommitmentsWithTheOrganisationsCancerGroupsAndAnUploadIsAllOrNothing() throws Exception {
        WebSession b = TestAccounts.session(port, Who.MEMBER_B);
        HttpResponse<byte[]> template = b.getBytes("/member/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        List<List<String>> rows = readSheet(template.body());
        assertThat(rows.get(0)).containsExactlyElementsOf(org.rarewatch.app.members.submissions.BulkSubmissions.COLUMNS);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("2026", "NCP-02"));
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(6)).isEqualTo("Bone; Soft tissue"));

        int before = countSubmissions(TestAccounts.ORG_B);
        byte[] bad = workbook(List.of(
                List.of("2026", "NCP-05", "Good row one", "Source one", "https://example.org/1", "2026-03",
                        "Bone", "some_progress"),
                List.of("2026", "NCP-05", "Bad url", "Source", "javascript:alert(1)", "2026", "Bone", "no_data"),
                List.of("20x6", "NCP-05", "Bad year", "Source", "https://example.org/2", "2026", "Bone", "no_data"),
                List.of("2026", "NCP-05", "Bad status and group", "Source", "https://example.org/3", "2026",
                        "Bone; Elbow", "excellent")));
        HttpResponse<String> refused = b.upload("/member/upload", "evidence.xlsx", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Nothing was imported")
                .contains("evidence.xlsx:3: column url").contains("evidence.xlsx:4: column edition_year")
                .contains("evidence.xlsx:5: column suggested_status").contains("evidence.xlsx:5: column cancer_groups")
                .doesNotContain("evidence.xlsx:2:");
        assertThat(countSubmissions(TestAccounts.ORG_B)).isEqualTo(before);

        byte[] good = workbook(List.of(
                List.of("2026", "NCP-05", "Good row one", "Source one", "https://example.org/1", "2026-03",
                        "Bone", "some_progress"),
                List.of("2026", "NCP-06", "Good row two", "Source two", "https://example.org/2", "2025", "Soft tissue",
                        "no_data"),
                List.of("2026", "NCP-07", "", "", "", "", "Bone", "")));
        HttpResponse<String> imported = b.upload("/member/upload", "evidence.xlsx", good);
        assertThat(imported.headers().firstValue("Location").orElseThrow()).endsWith("created=2&unchanged=0");
        assertThat(countSubmissions(TestAccounts.ORG_B)).isEqualTo(before + 2);
        HttpResponse<String> again = b.upload("/member/upload", "evidence.xlsx", good);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("created=0&unchanged=2");
        assertThat(countSubmissions(TestAccounts.ORG_B)).isEqualTo(before + 2);

        HttpResponse<String> notExcel = b.upload("/member/upload", "evidence.xlsx", "a,b,c".getBytes());
        assertThat(notExcel.statusCode()).isEqualTo(400);
        assertThat(notExcel.body()).contains("is not a readable .xlsx workbook");
        // the upload form needs its CSRF token like every other form
        assertThat(b.uploadWithoutToken("/member/upload", "evidence.xlsx", good).statusCode()).isEqualTo(403);
    }

    private int countSubmissions(String organisation) {
        return jdbc.sql("SELECT COUNT(*) FROM submission s JOIN organisation o ON o.id = s.organisation_id "
                + "WHERE o.name = :n").param("n", organisation).query(Integer.class).single();
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Evidence");
        List<String> header = org.rarewatch.app.members.submissions.BulkSubmissions.COLUMNS;
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r + 1, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static List<List<String>> readSheet(byte[] xlsx) throws Exception {
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var rows = wb.findSheet("Evidence").orElseThrow().openStream()) {
            return rows.map(r -> {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    cells.add(r.hasCell(c) && r.getCellText(c) != null ? r.getCellText(c) : "");
                }
                return cells;
            }).toList();
        }
    }
}
