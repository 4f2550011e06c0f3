package org.rarewatch.app.members.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for a username from one address after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW} (counting failures since the last success), until the oldest of them leaves the window.
 * Attempts refused while blocked are recorded but do not extend the block.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    public LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isBlocked(String username, String remoteAddr) {
        return recentFailures(username, remoteAddr) >= MAX_FAILURES;
    }

    /** Failures since the last success within the window. */
    public int recentFailures(String username, String remoteAddr) {
        OffsetDateTime since = now().minus(WINDOW);
        return jdbc.sql("""
                SELECT COUNT(*) FROM login_attempt a
                WHERE a.username = :u AND a.remote_addr = :r AND a.outcome = 'failure' AND a.attempted_at > :since
                  AND NOT EXISTS (SELECT 1 FROM login_attempt s WHERE s.username = a.username
                                  AND s.remote_addr = a.remote_addr AND s.outcome = 'success'
                                  AND s.attempted_at >= a.attempted_at)""")
                .param("u", key(username)).param("r", remoteAddr).param("since", since)
                .query(Integer.class).single();
    }

    public void record(String username, String remoteAddr, String outcome) {
        jdbc.sql("INSERT INTO login_attempt (username, remote_addr, attempted_at, outcome) VALUES (:u, :r, :at, :o)")
                .param("u", key(username)).param("r", remoteAddr).param("at", now()).param("o", outcome).update();
    }

    private static String key(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
