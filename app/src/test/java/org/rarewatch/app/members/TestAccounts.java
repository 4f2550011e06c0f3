package org.rarewatch.app.members;

import java.util.List;
import org.rarewatch.app.members.security.ApiTokens;
import org.rarewatch.app.support.WebSession;

/**
 * The five kinds of visitor the security tests use: anonymous, a member of organisation A, a member of
 * organisation B, an editor and an admin (created once per database).
 */
public final class TestAccounts {

    public static final String PASSWORD = "test-password-long-enough";
    public static final String ORG_A = "Org A (test)";
    public static final String ORG_B = "Org B (test)";

    public enum Who {
        ANONYMOUS(null), MEMBER_A("member-a"), MEMBER_B("member-b"), EDITOR("sec-editor"), ADMIN("sec-admin");

        public final String username;

        Who(String username) {
            this.username = username;
        }
    }

    private TestAccounts() {
    }

    public static synchronized void ensure(AccountService service, AccountRepository repository) {
        if (repository.account(Who.ADMIN.username).isPresent()) {
            return;
        }
        long a = service.createOrganisation("test", ORG_A, List.of("Brain"), false).id();
        long b = service.createOrganisation("test", ORG_B, List.of("Bone", "Soft tissue"), false).id();
        service.createAccount("test", Who.MEMBER_A.username, "Member of A", Role.MEMBER, a, PASSWORD, false);
        service.createAccount("test", Who.MEMBER_B.username, "Member of B", Role.MEMBER, b, PASSWORD, false);
        service.createAccount("test", Who.EDITOR.username, "Security editor", Role.EDITOR, null, PASSWORD, false);
        service.createAccount("test", Who.ADMIN.username, "Security admin", Role.ADMIN, null, PASSWORD, false);
    }

    /** Opens edition 2026 for evidence (once) and creates a new draft of organisation A; returns its id. */
    public static long draftOfA(org.rarewatch.app.tracker.TrackerService tracker,
            org.rarewatch.app.members.submissions.SubmissionService submissions, AccountRepository repository,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        openForEvidence(tracker, jdbc, 2026);
        var memberA = repository.principal(Who.MEMBER_A.username).orElseThrow();
        return submissions.create(memberA, new org.rarewatch.app.members.submissions.Submission.Input(2026, "NCP-02",
                "A draft claim of A", "Source of A", "https://example.org/a", "2026-01", List.of("Brain"),
                "some_progress")).id();
    }

    public static synchronized void openForEvidence(org.rarewatch.app.tracker.TrackerService tracker,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, int year) {
        String state = jdbc.sql("SELECT state FROM edition WHERE edition_year = :y").param("y", year)
                .query(String.class).single();
        if (state.equals("draft")) {
            int version = jdbc.sql("SELECT version FROM edition WHERE edition_year = :y").param("y", year)
                    .query(Integer.class).single();
            tracker.changeState(year, new org.rarewatch.app.tracker.Inputs.StateChange("test", "open", version));
        }
    }

    /** A session signed in as {@code who} (anonymous: a session that has only visited the sign-in page). */
    public static WebSession session(int port, Who who) {
        WebSession s = new WebSession(port);
        if (who == Who.ANONYMOUS) {
            s.token("/login");
        } else if (s.signIn(who.username, PASSWORD).statusCode() != 302 || !s.signedInAs(who.username)) {
            throw new AssertionError("cannot sign in as " + who);
        }
        return s;
    }

    public static String token(ApiTokens tokens, Who who) {
        return who == Who.ANONYMOUS ? null : tokens.issue(who.username, "test " + who);
    }
}
