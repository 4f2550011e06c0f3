package org.rarewatch.app.members.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.members.AuditLog;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.io.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for API writes ({@code Authorization: Bearer rw_...}). A token is 256 random bits,
 * shown once; only its SHA-256 is stored, so a copy of the database does not give access.
 */
@Component
public class ApiTokens {

    public static final String PREFIX = "rw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    public ApiTokens(JdbcClient jdbc, AccountRepository accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a token for the account and returns it in clear (the only time it exists in clear). */
    @Transactional
    public String issue(String username, String label) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.length() > 100) {
            throw new InvalidInputException(List.of(new InputProblem("request", 0, "label", l,
                    "is required (at most 100 characters)")));
        }
        long accountId = accounts.account(username).orElseThrow().id();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO api_token (user_id, label, token_hash, created_at) VALUES (:u, :l, :h, :at)")
                .param("u", accountId).param("l", l).param("h", hash(token)).param("at", now()).update();
        audit.record(username, "api_token", "account/" + username + "/token", "issue", null, Map.of("label", l));
        return token;
    }

    /** The enabled account a live token belongs to. */
    public Optional<AccountPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = :h AND t.revoked_at IS NULL AND u.enabled = TRUE""")
                .param("h", hash(token)).query(String.class).optional()
                .flatMap(accounts::principal).map(AccountPrincipal::withoutPassword);
    }

    public List<TokenInfo> tokens(String username) {
        return jdbc.sql("""
                SELECT t.id, t.label, t.created_at, t.revoked_at FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE u.username = :u ORDER BY t.id""").param("u", username)
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("label"),
                        rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getObject("revoked_at", OffsetDateTime.class) != null))
                .list();
    }

    /** Revokes one of the account's own tokens; another account's token id changes nothing. */
    @Transactional
    public boolean revoke(String username, long tokenId) {
        int changed = jdbc.sql("""
                UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL
                  AND user_id = (SELECT id FROM app_user WHERE username = :u)""")
                .param("at", now()).param("id", tokenId).param("u", username).update();
        if (changed == 1) {
            audit.record(username, "api_token", "account/" + username + "/token", "revoke", null,
                    Map.of("id", tokenId));
        }
        return changed == 1;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public record TokenInfo(long id, String label, OffsetDateTime createdAt, boolean revoked) {
    }
}
