package org.rarewatch.app.members;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.rarewatch.engine.io.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: the admin creates the account (without a password) and gets a one-time link, valid for
 * {@link #VALID_FOR}; whoever opens it sets the password, after which the link is dead.
 */
@Service
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AccountRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public Invitations(JdbcClient jdbc, AccountService accounts, AccountRepository repository, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the account and its invitation; returns the token (the only time it exists in clear). */
    @Transactional
    public Issued invite(String actor, String username, String displayName, Role role, Long organisationId) {
        Account account = accounts.createAccount(actor, username, displayName, role, organisationId, null, false);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = now();
        jdbc.sql("""
                INSERT INTO invitation (user_id, token_hash, created_by, created_at, expires_at)
                VALUES (:u, :h, :by, :at, :exp)""")
                .param("u", account.id()).param("h", hash(token)).param("by", actor).param("at", now)
                .param("exp", now.plus(VALID_FOR)).update();
        audit.record(actor, "invitation", "account/" + account.username(), "invite", null,
                Map.of("expiresAt", now.plus(VALID_FOR).toString()));
        return new Issued(account, token, now.plus(VALID_FOR));
    }

    /** The account a live (unused, unexpired) invitation token is for. */
    public Optional<Account> pending(String token) {
        return jdbc.sql("SELECT user_id FROM invitation WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now")
                .param("h", hash(token)).param("now", now()).query(Long.class).optional()
                .flatMap(repository::account);
    }

    /** Uses the invitation: sets the password once. False when the link is unknown, used or expired. */
    @Transactional
    public boolean accept(String token, String password, String confirm) {
        Optional<Account> account = pending(token);
        if (account.isEmpty()) {
            return false;
        }
        // password problems are reported before the link is used up
        accounts.checkNewPassword(password, confirm);
        int used = jdbc.sql("UPDATE invitation SET used_at = :now WHERE token_hash = :h AND used_at IS NULL "
                        + "AND expires_at > :now")
                .param("now", now()).param("h", hash(token)).update();
        if (used != 1) {
            return false;
        }
        accounts.setPassword(account.get().username(), account.get().id(), password, confirm, "accept_invitation");
        return true;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public record Issued(Account account, String token, OffsetDateTime expiresAt) {
    }
}
