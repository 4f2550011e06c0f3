package org.rarewatch.app.figures;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.app.members.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores editors' decisions on suggested trajectory statuses (append-only) and audits each one. */
@Repository
public class TrajectoryDecisions {

    static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    public TrajectoryDecisions(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** The current decision for each (link key, scope): the latest taken. */
    public Map<String, TrajectoryDecision> current() {
        Map<String, TrajectoryDecision> out = new LinkedHashMap<>();
        for (TrajectoryDecision d : all()) {
            out.put(key(d.linkKey(), d.scope()), d);
        }
        return out;
    }

    public List<TrajectoryDecision> all() {
        return jdbc.sql("""
                SELECT id, commitment_id, link_key, scope, suggested, decision, status, reason, decided_by, decided_at
                FROM trajectory_decision ORDER BY id""")
                .query((rs, n) -> new TrajectoryDecision(rs.getLong("id"), rs.getString("commitment_id"),
                        rs.getString("link_key"), rs.getString("scope"), rs.getString("suggested"),
                        rs.getString("decision"), rs.getString("status"), rs.getString("reason"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)))
                .list();
    }

    /** Highest decision id, so that a new decision changes the figures' version. */
    public long lastId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM trajectory_decision").query(Long.class).single();
    }

    @Transactional
    public void record(CommitmentTrajectory t, String decision, String status, String reason, String editor) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).withOffsetSameInstant(ZoneOffset.UTC);
        String suggested = t.trajectory().suggested().id();
        jdbc.sql("""
                INSERT INTO trajectory_decision (commitment_id, link_key, scope, suggested, decision, status, reason,
                                                 decided_by, decided_at)
                VALUES (:commitment, :link, :scope, :suggested, :decision, :status, :reason, :by, :at)""")
                .param("commitment", t.link().commitmentId()).param("link", t.link().key()).param("scope", t.scope())
                .param("suggested", suggested).param("decision", decision).param("status", status)
                .param("reason", reason).param("by", editor).param("at", now)
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("suggested", suggested);
        after.put("decision", decision);
        after.put("status", status);
        after.put("reason", reason);
        audit.record(editor, "trajectory_decision", t.link().key() + "/" + t.scope(), "add", null, after);
    }

    static String key(String linkKey, String scope) {
        return linkKey + "\u0000" + scope;
    }
}
