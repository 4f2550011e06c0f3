package org.rarewatch.app.members;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log of every write: the tracker's change history (table {@code tracker_change}) extended with
 * a domain and the signed-in account. The tracker writes its own rows; this writes the rest.
 */
@Component
public class AuditLog {

    public static final String DOMAIN = "members";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One entry; {@code before}/{@code after} are written as JSON objects (null when there is none). */
    public void record(String actor, String entity, String key, String action, Map<String, ?> before,
            Map<String, ?> after) {
        jdbc.sql("""
                INSERT INTO tracker_change (changed_at, changed_by, edition_year, entity, entity_key, action,
                       before_json, after_json, domain, account)
                VALUES (:at, :by, NULL, :entity, :key, :action, :before, :after, :domain, :account)""")
                .param("at", now()).param("by", actor).param("entity", entity).param("key", key)
                .param("action", action).param("before", json(before)).param("after", json(after))
                .param("domain", DOMAIN).param("account", CurrentAccount.username().orElse(actor))
                .update();
    }

    /** The newest entries first, of every domain. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("""
                SELECT id, changed_at, changed_by, account, domain, edition_year, entity, entity_key, action,
                       before_json, after_json
                FROM tracker_change ORDER BY id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"),
                        rs.getObject("changed_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("changed_by"), rs.getString("account"), rs.getString("domain"),
                        (Integer) rs.getObject("edition_year"), rs.getString("entity"), rs.getString("entity_key"),
                        rs.getString("action"), rs.getString("before_json"), rs.getString("after_json")))
                .list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String json(Map<String, ?> values) {
        return values == null ? null : JSON.writeValueAsString(values);
    }

    /** One audit row as the admin page shows it. */
    public record Entry(long id, OffsetDateTime changedAt, String changedBy, String account, String domain,
            Integer editionYear, String entity, String entityKey, String action, String beforeJson,
            String afterJson) {
    }
}
