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
import org.rarewatch.app.members.security.LoginThrottle;
import org.rarewatch.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in, CSRF, throttling, session fixation, passwords, invitations, API tokens, the audit log, demo
 * accounts and output escaping, on a real server and a real database (H2 and PostgreSQL subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
abstract class SecurityContract {

    static final String XSS = "<script>alert('x')</script><b onmouseover=\"alert(1)\">bold</b>";
    static final String XSS_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b onmouseover=&quot;alert(1)&quot;&gt;bold&lt;/b&gt;";
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/invitations/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    AccountService service;
    @Autowired
    AccountRepository repository;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    DemoAccounts demo;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(service, repository);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        WebSession admin = TestAccounts.session(port, Who.ADMIN);
        int organisations = count("organisation");
        HttpResponse<String> refused = admin.formWithoutToken("/admin/organisations", "name=No+token&cancerGroups=Brain");
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = admin.formWithoutToken("/admin/organisations",
                "name=Forged&cancerGroups=Brain&_csrf=not-the-token");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(count("organisation")).isEqualTo(organisations);
        assertThat(admin.form("/admin/organisations", "name=With+token&cancerGroups=Brain").statusCode()).isEqualTo(302);
        assertThat(count("organisation")).isEqualTo(organisations + 1);
        // the sign-in form itself needs the token too
        WebSession fresh = new WebSession(port);
        fresh.token("/login");
        assertThat(fresh.formWithoutToken("/login", "username=sec-admin&password=" + TestAccounts.PASSWORD)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsBlockedEvenWithTheRightPasswordAndALaterSignInIsAudited() {
        service.createAccount("test", "throttled", "Throttled person", Role.EDITOR, null, TestAccounts.PASSWORD, false);
        WebSession s = new WebSession(port);
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            assertThat(s.signIn("throttled", "wrong password " + i).headers().firstValue("Location").orElseThrow())
                    .as("attempt " + i).endsWith("/login?error");
        }
        HttpResponse<String> blocked = s.signIn("throttled", TestAccounts.PASSWORD);
        assertThat(blocked.headers().firstValue("Location").orElseThrow()).endsWith("/login?blocked");
        assertThat(s.get("/account").statusCode()).isEqualTo(302);
        assertThat(s.get("/login?blocked").body()).contains("Too many failed sign-ins");
        // other accounts from the same address are not affected
        assertThat(TestAccounts.session(port, Who.EDITOR).signedInAs("sec-editor")).isTrue();
        assertThat(count("login_attempt WHERE username = 'throttled' AND outcome = 'blocked'")).isEqualTo(1);

        // the window passes
        jdbc.sql("SELECT id, attempted_at FROM login_attempt WHERE username = 'throttled'").query((rs, n) -> {
            jdbc.sql("UPDATE login_attempt SET attempted_at = :t WHERE id = :id")
                    .param("t", rs.getObject("attempted_at", java.time.OffsetDateTime.class)
                            .minus(LoginThrottle.WINDOW).minusMinutes(1))
                    .param("id", rs.getLong("id")).update();
            return null;
        }).list();
        assertThat(s.signIn("throttled", TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("/login");
        assertThat(s.signedInAs("throttled")).isTrue();
        List<AuditLog.Entry> signIns = audit.latest(1000).stream()
                .filter(e -> e.action().equals("sign_in") && e.entityKey().equals("account/throttled")).toList();
        assertThat(signIns).hasSize(1);
        assertThat(signIns.get(0).account()).isEqualTo("throttled");
        assertThat(signIns.get(0).afterJson()).contains("\"remoteAddress\"");
        WebSession admin = TestAccounts.session(port, Who.ADMIN);
        assertThat(admin.get("/admin/audit").body()).contains("sign_in sign_in account/throttled");
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
        WebSession s = new WebSession(port);
        s.token("/login");
        String before = s.sessionId();
        assertThat(before).isNotNull();
        assertThat(s.signIn(Who.EDITOR.username, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(s.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(s.get("/editor").statusCode()).isEqualTo(200);
        assertThat(s.form("/logout", "").headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        assertThat(s.get("/editor").statusCode()).isEqualTo(302);
    }

    @Test
    void passwordsAreStoredHashedAndCanBeChangedOnlyWithTheCurrentOne() {
        service.createAccount("test", "changer", "Password changer", Role.MEMBER,
                repository.organisation(TestAccounts.ORG_A).orElseThrow().id(), TestAccounts.PASSWORD, false);
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'changer'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestAccounts.PASSWORD);
        WebSession s = new WebSession(port);
        s.signIn("changer", TestAccounts.PASSWORD);
        HttpResponse<String> wrong = s.form("/account/password",
                "currentPassword=nope&newPassword=another-long-password&confirmPassword=another-long-password");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("is not your current password");
        HttpResponse<String> mismatch = s.form("/account/password", "currentPassword=" + TestAccounts.PASSWORD
                + "&newPassword=another-long-password&confirmPassword=different-long-password");
        assertThat(mismatch.body()).contains("does not match");
        assertThat(s.form("/account/password", "currentPassword=" + TestAccounts.PASSWORD
                + "&newPassword=another-long-password&confirmPassword=another-long-password").statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).signIn("changer", TestAccounts.PASSWORD).headers().firstValue("Location")
                .orElseThrow()).endsWith("/login?error");
        WebSession again = new WebSession(port);
        again.signIn("changer", "another-long-password");
        assertThat(again.signedInAs("changer")).isTrue();
    }

    @Test
    void anInvitationLinkWorksOnceUntilItExpiresAndOnlyItsHashIsStored() {
        WebSession admin = TestAccounts.session(port, Who.ADMIN);
        long orgA = repository.organisation(TestAccounts.ORG_A).orElseThrow().id();
        HttpResponse<String> page = admin.form("/admin/invitations",
                "username=invited&displayName=Invited+Person&role=member&organisationId=" + orgA);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = LINK.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        String link = m.group(1);
        String path = link.substring(link.indexOf("/invitations/"));
        String token = path.substring("/invitations/".length());
        assertThat(count("invitation WHERE token_hash = '" + token + "'")).isZero();
        assertThat(new WebSession(port).signIn("invited", "").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");

        WebSession invitee = new WebSession(port);
        assertThat(invitee.get(path).body()).contains("Invited Person").contains(TestAccounts.ORG_A.replace("(", "("));
        assertThat(invitee.form(path, "newPassword=short&confirmPassword=short").statusCode()).isEqualTo(400);
        assertThat(invitee.form(path, "newPassword=invited-password-1&confirmPassword=invited-password-1")
                .headers().firstValue("Location").orElseThrow()).endsWith("/login?invitationAccepted");
        assertThat(invitee.get(path).statusCode()).isEqualTo(404);
        assertThat(invitee.form(path, "newPassword=hijacked-password&confirmPassword=hijacked-password").statusCode())
                .isEqualTo(404);
        invitee.signIn("invited", "invited-password-1");
        assertThat(invitee.signedInAs("invited")).isTrue();

        // an expired link does nothing
        String second = LINK.matcher(admin.form("/admin/invitations",
                "username=late&displayName=Late+Person&role=editor&organisationId=").body()).results()
                .findFirst().orElseThrow().group(1);
        jdbc.sql("UPDATE invitation SET expires_at = created_at WHERE user_id = "
                + "(SELECT id FROM app_user WHERE username = 'late')").update();
        String latePath = second.substring(second.indexOf("/invitations/"));
        assertThat(new WebSession(port).get(latePath).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).form(latePath, "newPassword=late-password-1&confirmPassword=late-password-1")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void apiTokensAreHashedRevocableAndCarryTheirAccountsRole() {
        String editorToken = tokens.issue(Who.EDITOR.username, "cli");
        String memberToken = tokens.issue(Who.MEMBER_A.username, "cli");
        assertThat(count("api_token WHERE token_hash = '" + editorToken + "'")).isZero();
        WebSession client = new WebSession(port);
        String body = "{\"editor\":\"Token\",\"status\":\"no_data\",\"rationale\":\"\",\"version\":999}";
        String path = "/api/v1/editor/editions/2026/assessments/NCP-02";
        assertThat(client.json("PUT", path, body, memberToken).statusCode()).isEqualTo(403);
        assertThat(client.json("PUT", path, body, "rw_forged").statusCode()).isEqualTo(401);
        assertThat(client.json("PUT", path, body, editorToken).statusCode()).isEqualTo(409); // stale version: allowed in
        long id = tokens.tokens(Who.EDITOR.username).stream().filter(t -> !t.revoked()).mapToLong(ApiTokens.TokenInfo::id)
                .max().orElseThrow();
        assertThat(tokens.revoke(Who.MEMBER_A.username, id)).isFalse();
        assertThat(client.json("PUT", path, body, editorToken).statusCode()).isEqualTo(409);
        assertThat(tokens.revoke(Who.EDITOR.username, id)).isTrue();
        assertThat(client.json("PUT", path, body, editorToken).statusCode()).isEqualTo(401);
        // a session without its CSRF header cannot use the JSON API either
        WebSession editor = TestAccounts.session(port, Who.EDITOR);
        assertThat(editor.json("PUT", path, body, null).statusCode()).isEqualTo(403);
    }

    @Test
    void everyTrackerWriteIsAuditedWithTheSignedInAccount() {
        String token = tokens.issue(Who.EDITOR.username, "audit");
        int version = jdbc.sql("SELECT version FROM assessment WHERE edition_year = 2026 AND commitment_id = 'NCP-03'")
                .query(Integer.class).single();
        HttpResponse<String> r = new WebSession(port).json("PUT", "/api/v1/editor/editions/2026/assessments/NCP-03",
                "{\"editor\":\"Name typed\",\"status\":\"some_progress\",\"rationale\":\"Audited change.\",\"version\":"
                        + version + "}", token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        AuditLog.Entry last = audit.latest(1).get(0);
        assertThat(last.domain()).isEqualTo("tracker");
        assertThat(last.account()).isEqualTo(Who.EDITOR.username);
        assertThat(last.changedBy()).isEqualTo("Name typed");
        assertThat(last.entityKey()).isEqualTo("2026/NCP-03");
        assertThat(last.beforeJson()).contains("\"status\":\"some_progress\"").doesNotContain("Audited change.");
        assertThat(last.afterJson()).contains("Audited change.");
        assertThat(TestAccounts.session(port, Who.ADMIN).get("/admin/audit").body()).contains("Audited change.")
                .contains("Name typed");
    }

    @Test
    void demoAccountsAreNeverDuplicatedAndGetFreshRandomPasswords() throws Exception {
        assertThat(count("app_user WHERE demo = TRUE")).isEqualTo(4);
        assertThat(count("organisation WHERE demo = TRUE")).isEqualTo(2);
        assertThat(repository.organisation("Sarcoma UK (demo)").orElseThrow().cancerGroups())
                .containsExactly("Bone", "Kaposi sarcoma", "Soft tissue");
        String before = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'demo-editor'")
                .query(String.class).single();
        demo.afterPropertiesSet();
        assertThat(count("app_user WHERE demo = TRUE")).isEqualTo(4);
        assertThat(count("organisation WHERE demo = TRUE")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'demo-editor'")
                .query(String.class).single()).isNotEqualTo(before);
        assertThat(AccountService.randomPassword()).hasSize(20).isNotEqualTo(AccountService.randomPassword());
    }

    @Test
    void markupInEveryMembersTextFieldComesBackEscaped() {
        WebSession admin = TestAccounts.session(port, Who.ADMIN);
        admin.form("/admin/organisations", "name=" + WebSession.enc(XSS) + "&cancerGroups=Brain");
        String page = admin.form("/admin/invitations", "username=xss-person&displayName=" + WebSession.enc(XSS)
                + "&role=editor&organisationId=").body();
        assertThat(page).contains(XSS_ESCAPED).doesNotContain(XSS);
        String invitation = LINK.matcher(page).results().findFirst().orElseThrow().group(1);
        String invitePage = new WebSession(port).get(invitation.substring(invitation.indexOf("/invitations/"))).body();
        assertThat(invitePage).contains(XSS_ESCAPED).doesNotContain(XSS);
        HttpResponse<String> badName = admin.form("/admin/invitations", "username=" + WebSession.enc(XSS)
                + "&displayName=x&role=editor&organisationId=");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        WebSession member = TestAccounts.session(port, Who.MEMBER_A);
        assertThat(member.form("/account/tokens", "label=" + WebSession.enc(XSS)).body()).contains(XSS_ESCAPED)
                .doesNotContain(XSS);
        assertThat(admin.get("/admin").body()).contains(XSS_ESCAPED).doesNotContain(XSS);
        String auditPage = admin.get("/admin/audit").body();
        assertThat(auditPage).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void sqlInjectionPayloadsInFormFieldsAreStoredAsTextAndChangeNothingElse() {
        WebSession admin = TestAccounts.session(port, Who.ADMIN);
        int accounts = count("app_user");
        String payload = "Evil'); DROP TABLE app_user; --";
        assertThat(admin.form("/admin/organisations", "name=" + WebSession.enc(payload) + "&cancerGroups="
                + WebSession.enc("Brain' OR '1'='1")).statusCode()).isEqualTo(400);
        assertThat(admin.form("/admin/organisations", "name=" + WebSession.enc(payload) + "&cancerGroups=Brain")
                .statusCode()).isEqualTo(302);
        assertThat(repository.organisation(payload)).isPresent();
        assertThat(admin.form("/admin/invitations", "username=" + WebSession.enc("x' OR '1'='1")
                + "&displayName=" + WebSession.enc(payload) + "&role=editor&organisationId=").statusCode()).isEqualTo(400);
        assertThat(admin.form("/admin/invitations", "username=sqli-person&displayName=" + WebSession.enc(payload)
                + "&role=member&organisationId=" + WebSession.enc("1 OR 1=1")).statusCode()).isEqualTo(400);
        assertThat(count("app_user")).isEqualTo(accounts);
        WebSession member = TestAccounts.session(port, Who.MEMBER_A);
        assertThat(member.form("/account/password", "currentPassword=" + WebSession.enc("' OR '1'='1")
                + "&newPassword=" + WebSession.enc(payload + payload) + "&confirmPassword="
                + WebSession.enc(payload + payload)).statusCode()).isEqualTo(400);
        assertThat(TestAccounts.session(port, Who.MEMBER_A).signedInAs(Who.MEMBER_A.username)).isTrue();
    }

    private int count(String tableAndWhere) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndWhere).query(Integer.class).single();
    }
}
