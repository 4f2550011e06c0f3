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
