package org.rarewatch.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rarewatch.app.members.TestAccounts.Who;
import org.rarewatch.app.members.security.ApiTokens;
import org.rarewatch.app.members.security.SecurityConfiguration;
import org.rarewatch.app.support.TestDatabases;
import org.rarewatch.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Spring MVC serves (enumerated from the handler mapping, so a new endpoint without an
 * expectation fails this test) × anonymous, member of A, member of B, editor, admin. Also: the security
 * headers on every response, and SQL-injection payloads in every path variable change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class AuthorisationMatrixH2Test {

    /** Who may use an endpoint. */
    enum Access { PUBLIC, SIGNED_IN, MEMBER, OWN_ORGANISATION, EDITOR, ADMIN }

    /** "METHOD pattern" → who may use it. Add a line here for every new endpoint. */
    static final Map<String, Access> EXPECTED = new TreeMap<>(Map.ofEntries(
            // public pages and read API
            Map.entry("GET /", Access.PUBLIC),
            Map.entry("GET /error", Access.PUBLIC),
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("GET /editions", Access.PUBLIC),
            Map.entry("GET /editions/{year}", Access.PUBLIC),
            Map.entry("GET /editions/{a}/diff/{b}", Access.PUBLIC),
            Map.entry("GET /commitments/{id}/story", Access.PUBLIC),
            Map.entry("GET /api/v1/plans", Access.PUBLIC),
            Map.entry("GET /api/v1/commitments", Access.PUBLIC),
            Map.entry("GET /api/v1/commitments/{id}", Access.PUBLIC),
            Map.entry("GET /api/v1/commitments/{id}/story", Access.PUBLIC),
            Map.entry("GET /api/v1/editions", Access.PUBLIC),
            Map.entry("GET /api/v1/editions/{year}", Access.PUBLIC),
            Map.entry("GET /api/v1/editions/{a}/diff/{b}", Access.PUBLIC),
            Map.entry("GET /api/v1/recommendations", Access.PUBLIC),
            Map.entry("GET /v3/api-docs", Access.PUBLIC),
            Map.entry("GET /v3/api-docs.yaml", Access.PUBLIC),
            Map.entry("GET /v3/api-docs/swagger-config", Access.PUBLIC),
            Map.entry("GET /swagger-ui.html", Access.PUBLIC),
            Map.entry("GET /waiting-times", Access.PUBLIC),
            Map.entry("GET /editions/{year}/report.html", Access.PUBLIC),
            Map.entry("GET /editions/{year}/report.pdf", Access.PUBLIC),
            Map.entry("GET /waiting-times/{slug}", Access.PUBLIC),
            Map.entry("GET /waiting-times/fds-by-type.{extension}", Access.PUBLIC),
            // the dashboard: cancers, comparison, a commitment's figures, their charts and table downloads
            Map.entry("GET /cancers", Access.PUBLIC),
            Map.entry("GET /cancers/{slug}", Access.PUBLIC),
            Map.entry("GET /cancers/{slug}/charts/{chart}.svg", Access.PUBLIC),
            Map.entry("GET /cancers/{slug}/{table}.{extension}", Access.PUBLIC),
            Map.entry("GET /compare", Access.PUBLIC),
            Map.entry("GET /compare/charts/{chart}.svg", Access.PUBLIC),
            Map.entry("GET /compare/{key}.{extension}", Access.PUBLIC),
            Map.entry("GET /commitments/{id}", Access.PUBLIC),
            Map.entry("GET /commitments/{id}/charts/{chart}.svg", Access.PUBLIC),
            Map.entry("GET /commitments/{id}/trajectories/{key}.{extension}", Access.PUBLIC),
            Map.entry("GET /api/v1/indicators", Access.PUBLIC),
            Map.entry("GET /api/v1/published-figures", Access.PUBLIC),
            Map.entry("GET /api/v1/cancers", Access.PUBLIC),
            Map.entry("GET /api/v1/cancers/{slug}", Access.PUBLIC),
            Map.entry("GET /api/v1/commitments/{id}/trajectories", Access.PUBLIC),
            Map.entry("POST /editor/commitments/{id}/trajectory-decisions", Access.EDITOR),
            Map.entry("POST /api/v1/editor/commitments/{id}/trajectory-decisions", Access.EDITOR),
            // invitations: the link itself is the credential
            Map.entry("GET /invitations/{token}", Access.PUBLIC),
            Map.entry("POST /invitations/{token}", Access.PUBLIC),
            // any signed-in account
            Map.entry("GET /account", Access.SIGNED_IN),
            Map.entry("POST /account/password", Access.SIGNED_IN),
            Map.entry("POST /account/tokens", Access.SIGNED_IN),
            Map.entry("POST /account/tokens/{id}/revoke", Access.SIGNED_IN),
            // editor area and editor API
            Map.entry("GET /editor", Access.EDITOR),
            Map.entry("POST /editor/editions", Access.EDITOR),
            Map.entry("GET /editor/editions/{year}", Access.EDITOR),
            Map.entry("POST /editor/editions/{year}/state", Access.EDITOR),
            Map.entry("GET /editor/editions/{year}/assessments/{commitmentId}", Access.EDITOR),
            Map.entry("POST /editor/editions/{year}/assessments/{commitmentId}", Access.EDITOR),
            Map.entry("POST /editor/editions/{year}/assessments/{commitmentId}/evidence", Access.EDITOR),
            Map.entry("POST /editor/editions/{year}/assessments/{commitmentId}/figures", Access.EDITOR),
            Map.entry("GET /editor/editions/{year}/recommendations/{id}", Access.EDITOR),
            Map.entry("POST /editor/editions/{year}/recommendations", Access.EDITOR),
            Map.entry("POST /api/v1/editor/editions", Access.EDITOR),
            Map.entry("POST /api/v1/editor/editions/{year}/state", Access.EDITOR),
            Map.entry("PUT /api/v1/editor/editions/{year}/assessments/{commitmentId}", Access.EDITOR),
            Map.entry("POST /api/v1/editor/editions/{year}/assessments/{commitmentId}/evidence", Access.EDITOR),
            Map.entry("POST /api/v1/editor/editions/{year}/assessments/{commitmentId}/figures", Access.EDITOR),
            Map.entry("PUT /api/v1/editor/editions/{year}/recommendations/{id}", Access.EDITOR),
            // admin area
            Map.entry("GET /admin", Access.ADMIN),
            Map.entry("POST /admin/organisations", Access.ADMIN),
            Map.entry("POST /admin/invitations", Access.ADMIN),
            Map.entry("GET /admin/audit", Access.ADMIN),
            // member area and member API; {id} is a draft of organisation A, which B must not even see
            Map.entry("GET /member", Access.MEMBER),
            Map.entry("POST /member/submissions", Access.MEMBER),
            Map.entry("GET /member/template.xlsx", Access.MEMBER),
            Map.entry("POST /member/upload", Access.MEMBER),
            Map.entry("GET /member/submissions/{id}", Access.OWN_ORGANISATION),
            Map.entry("POST /member/submissions/{id}", Access.OWN_ORGANISATION),
            Map.entry("POST /member/submissions/{id}/submit", Access.OWN_ORGANISATION),
            Map.entry("GET /api/v1/member/submissions", Access.MEMBER),
            Map.entry("POST /api/v1/member/submissions", Access.MEMBER),
            Map.entry("PUT /api/v1/member/submissions/{id}", Access.OWN_ORGANISATION),
            Map.entry("POST /api/v1/member/submissions/{id}/submit", Access.OWN_ORGANISATION),
            // the editor's side of submissions
            Map.entry("GET /editor/submissions", Access.EDITOR),
            Map.entry("POST /editor/submissions/{id}/accept", Access.EDITOR),
            Map.entry("POST /editor/submissions/{id}/reject", Access.EDITOR)));

    /** Values for path variables that name things which exist in the demo data. */
    private static final Map<String, String> SAMPLE = Map.of("year", "2026", "a", "2020", "b", "2026",
            "commitmentId", "NCP-02", "token", "no-such-invitation", "extension", "csv");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE app_user; --",
            "2026' UNION SELECT username FROM app_user --", "\" OR \"\"=\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AccountService service;
    @Autowired
    AccountRepository repository;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
    private final Map<Who, String> bearer = new EnumMap<>(Who.class);

    @Autowired
    org.rarewatch.app.tracker.TrackerService trackerService;
    @Autowired
    org.rarewatch.app.members.submissions.SubmissionService submissions;

    private long draftOfA;

    @BeforeEach
    void visitors() {
        TestAccounts.ensure(service, repository);
        draftOfA = TestAccounts.draftOfA(trackerService, submissions, repository, jdbc);
        for (Who who : Who.values()) {
            sessions.put(who, TestAccounts.session(port, who));
            bearer.put(who, TestAccounts.token(tokens, who));
        }
    }

    /** Every served endpoint as "METHOD pattern" (a mapping without methods counts as GET). */
    private Set<String> endpoints() {
        Set<String> all = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String p : patterns) {
                if (methods.isEmpty()) {
                    all.add("GET " + p);
                } else {
                    methods.forEach(m -> all.add(m.name() + " " + p));
                }
            }
        });
        return all;
    }

    @Test
    void everyEndpointHasAnExpectationAndEveryExpectationAnEndpoint() {
        Set<String> served = endpoints();
        assertThat(new TreeSet<>(served)).as("endpoints without an expected outcome in EXPECTED")
                .isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet()).as("expectations for endpoints that no longer exist").isSubsetOf(served);
    }

    @Test
    void everyEndpointTimesEveryKindOfVisitorGetsTheExpectedOutcome() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String endpoint : endpoints()) {
            Access access = EXPECTED.get(endpoint);
            if (access == null) {
                continue; // reported by the test above
            }
            for (Who who : Who.values()) {
                HttpResponse<String> r = call(endpoint, who, SAMPLE);
                cells++;
                String outcome = outcome(r);
                if (outcome.equals("allowed") && r.statusCode() == 404 && access == Access.OWN_ORGANISATION) {
                    outcome = "hidden";
                }
                String expected = expected(endpoint, access, who);
                if (!expected.equals(outcome)) {
                    wrong.add(endpoint + " as " + who + ": expected " + expected + ", got " + outcome
                            + " (" + r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + ")");
                }
                checkHeaders(endpoint + " as " + who, r, wrong);
            }
        }
        assertThat(cells).isGreaterThanOrEqualTo(EXPECTED.size() * Who.values().length);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSelfContainedReportAllowsExactlyItsOwnStylesByHashAndNoInlineAnything() throws Exception {
        HttpResponse<String> r = new WebSession(port).get("/editions/2020/report.html");
        assertThat(r.statusCode()).isEqualTo(200);
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'").startsWith("default-src 'none'");
        Matcher styles = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL).matcher(r.body());
        int n = 0;
        while (styles.find()) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(styles.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(csp).contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
            n++;
        }
        assertThat(n).isPositive();
        assertThat(r.body()).doesNotContain("<script").doesNotContainPattern(" style=\"");
    }

    @Test
    void anonymousWritesToAnyApiResourceAreRefused() {
        WebSession anonymous = new WebSession(port);
        for (String endpoint : endpoints()) {
            String[] mp = endpoint.split(" ", 2);
            if (mp[1].startsWith("/api/") && !mp[0].equals("GET")) {
                String path = expand(mp[1], SAMPLE);
                for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                    int status = anonymous.json(method, path, "{}", null).statusCode();
                    assertThat(status).as(method + " " + path).isIn(401, 403);
                }
            }
        }
        // and a resource that has no write endpoint at all
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(anonymous.json(method, "/api/v1/editions/2026", "{}", null).statusCode()).isIn(401, 403);
        }
    }

    @Test
    void sqlInjectionPayloadsInEveryPathVariableChangeNothing() {
        Map<String, Integer> before = rowCounts();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            if (!VARIABLE.matcher(endpoint).find()) {
                continue;
            }
            for (String payload : INJECTIONS) {
                Map<String, String> values = new LinkedHashMap<>();
                Matcher m = VARIABLE.matcher(endpoint);
                while (m.find()) {
                    values.put(m.group(1), payload);
                }
                HttpResponse<String> r = call(endpoint, Who.ADMIN, values);
                if (r.statusCode() >= 500) {
                    wrong.add(endpoint + " with " + payload + ": " + r.statusCode());
                }
            }
        }
        // query parameters and sign-in fields too
        WebSession anonymous = new WebSession(port);
        for (String payload : INJECTIONS) {
            HttpResponse<String> r = anonymous.get("/api/v1/commitments?plan=" + WebSession.enc(payload));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("[]");
            assertThat(anonymous.signIn(payload, payload).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        assertThat(wrong).isEmpty();
        Map<String, Integer> after = rowCounts();
        // sign-in attempts and audit rows are writes the requests are meant to make; nothing else changes
        before.remove("login_attempt");
        after.remove("login_attempt");
        before.remove("tracker_change");
        after.remove("tracker_change");
        before.remove("api_token");
        after.remove("api_token");
        assertThat(after).isEqualTo(before);
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : List.of("app_user", "organisation", "organisation_cancer_group", "invitation", "api_token",
                "login_attempt", "edition", "assessment", "evidence", "cited_figure", "recommendation",
                "edition_recommendation", "recommendation_link", "tracker_change", "plan", "commitment")) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single());
        }
        return counts;
    }

    private HttpResponse<String> call(String endpoint, Who who, Map<String, String> values) {
        String[] mp = endpoint.split(" ", 2);
        String path = expand(mp[1], values);
        WebSession session = sessions.get(who);
        if (mp[0].equals("GET")) {
            return session.get(path);
        }
        if (mp[1].startsWith("/api/")) {
            return session.json(mp[0], path, "{}", bearer.get(who));
        }
        return session.form(path, "");
    }

    private String expand(String pattern, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String v = values.getOrDefault(m.group(1), "1");
            if (m.group(1).equals("id") && values == SAMPLE) {
                v = pattern.contains("recommendations") ? "R2026-01" : pattern.contains("tokens") ? "999999"
                        : pattern.contains("submissions") ? String.valueOf(draftOfA) : "LTP-02";
            }
            m.appendReplacement(s, Matcher.quoteReplacement(WebSession.enc(v).replace("+", "%20")));
        }
        m.appendTail(s);
        return s.toString();
    }

    /** allowed, login (sent to the sign-in page / 401), or forbidden (403). */
    private static String outcome(HttpResponse<String> r) {
        int status = r.statusCode();
        String location = r.headers().firstValue("Location").orElse("");
        if (status == 401 || (status == 302 && location.endsWith("/login"))) {
            return "login";
        }
        return status == 403 ? "forbidden" : "allowed";
    }

    private static String expected(String endpoint, Access access, Who who) {
        boolean allowed = switch (access) {
            case PUBLIC -> true;
            case SIGNED_IN -> who != Who.ANONYMOUS;
            case MEMBER -> who == Who.MEMBER_A || who == Who.MEMBER_B;
            case OWN_ORGANISATION -> who == Who.MEMBER_A;
            case EDITOR -> who == Who.EDITOR || who == Who.ADMIN;
            case ADMIN -> who == Who.ADMIN;
        };
        if (allowed) {
            return "allowed";
        }
        if (access == Access.OWN_ORGANISATION && who == Who.MEMBER_B) {
            return "hidden";
        }
        if (who == Who.ANONYMOUS) {
            // an API write without a token is refused by the CSRF check before it could ask for a sign-in
            return endpoint.startsWith("GET ") || !endpoint.contains(" /api/") ? "login" : "forbidden";
        }
        return "forbidden";
    }

    private static void checkHeaders(String what, HttpResponse<String> r, List<String> wrong) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        // the self-contained report file sets a stricter policy of its own (its style elements by hash)
        boolean own = what.startsWith("GET /editions/{year}/report.html") && r.statusCode() == 200
                && csp.startsWith("default-src 'none'; style-src 'sha256-");
        if (!(own || csp.equals(SecurityConfiguration.CONTENT_SECURITY_POLICY)) || csp.contains("unsafe-inline")
                || !csp.contains("frame-ancestors 'none'")) {
            wrong.add(what + ": Content-Security-Policy " + csp);
        }
        if (!r.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
            wrong.add(what + ": no X-Content-Type-Options nosniff");
        }
        if (!r.headers().firstValue("X-Frame-Options").orElse("").equals("DENY")) {
            wrong.add(what + ": no X-Frame-Options DENY");
        }
        if (!r.headers().firstValue("Referrer-Policy").orElse("").equals("strict-origin-when-cross-origin")) {
            wrong.add(what + ": Referrer-Policy " + r.headers().firstValue("Referrer-Policy").orElse("(none)"));
        }
    }
}
