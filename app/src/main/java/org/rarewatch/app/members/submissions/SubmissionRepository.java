package org.rarewatch.app.members.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Submissions in plain SQL. Every member query is limited to the member's own organisation. */
@Repository
class SubmissionRepository {

    private static final String SELECT = """
            SELECT s.*, o.name AS organisation_name FROM submission s JOIN organisation o ON o.id = s.organisation_id""";

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Submission> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(SubmissionRepository::row).optional();
    }

    /** One submission, only if it belongs to the organisation. */
    Optional<Submission> findOwn(long id, long organisationId) {
        return jdbc.sql(SELECT + " WHERE s.id = :id AND s.organisation_id = :org").param("id", id)
                .param("org", organisationId).query(SubmissionRepository::row).optional();
    }

    List<Submission> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " WHERE s.organisation_id = :org ORDER BY s.edition_year DESC, s.commitment_id, s.id")
                .param("org", organisationId).query(SubmissionRepository::row).list();
    }

    /** Everything the editor may see: all but drafts. */
    List<Submission> forEditor() {
        return jdbc.sql(SELECT + " WHERE s.state <> 'draft' ORDER BY s.edition_year DESC, s.commitment_id, s.id")
                .query(SubmissionRepository::row).list();
    }

    long insert(long organisationId, int year, String commitmentId, String claim, String sourceTitle, String url,
            String publishedOn, String groups, String status, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO submission (organisation_id, edition_year, commitment_id, claim, source_title, url,
                    published_on, cancer_groups, suggested_status, state, created_by, created_at, version)
                VALUES (:org, :year, :cid, :claim, :title, :url, :pub, :groups, :status, 'draft', :by, :at, 1)""")
                .param("org", organisationId).param("year", year).param("cid", commitmentId).param("claim", claim)
                .param("title", sourceTitle).param("url", url).param("pub", publishedOn).param("groups", groups)
                .param("status", status).param("by", by).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes a draft of the organisation at the expected version; false when that row is not there. */
    boolean updateDraft(long id, long organisationId, int version, String claim, String sourceTitle, String url,
            String publishedOn, String groups, String status) {
        return jdbc.sql("""
                UPDATE submission SET claim = :claim, source_title = :title, url = :url, published_on = :pub,
                    cancer_groups = :groups, suggested_status = :status, version = version + 1
                WHERE id = :id AND organisation_id = :org AND state = 'draft' AND version = :version""")
                .param("claim", claim).param("title", sourceTitle).param("url", url).param("pub", publishedOn)
                .param("groups", groups).param("status", status).param("id", id).param("org", organisationId)
                .param("version", version).update() == 1;
    }

    boolean submit(long id, long organisationId, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE submission SET state = 'submitted', submitted_at = :at, version = version + 1
                WHERE id = :id AND organisation_id = :org AND state = 'draft'""")
                .param("at", at).param("id", id).param("org", organisationId).update() == 1;
    }

    boolean decide(long id, String state, String reason, String by, OffsetDateTime at, Integer evidenceSeq) {
        return jdbc.sql("""
                UPDATE submission SET state = :state, decision_reason = :reason, decided_by = :by, decided_at = :at,
                    evidence_seq = :seq, version = version + 1
                WHERE id = :id AND state = 'submitted'""")
                .param("state", state).param("reason", reason).param("by", by).param("at", at)
                .param("seq", evidenceSeq).param("id", id).update() == 1;
    }

    private static Submission row(ResultSet rs, int n) throws SQLException {
        String groups = rs.getString("cancer_groups");
        OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
        return new Submission(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getInt("edition_year"), rs.getString("commitment_id"), rs.getString("claim"),
                rs.getString("source_title"), rs.getString("url"), rs.getString("published_on"),
                groups.isEmpty() ? List.of() : Arrays.asList(groups.split("; ")),
                AssessmentStatus.fromCode(rs.getString("suggested_status")).orElseThrow(),
                Submission.State.of(rs.getString("state")), rs.getString("decision_reason"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                submitted == null ? null : submitted.withOffsetSameInstant(ZoneOffset.UTC), rs.getString("decided_by"),
                (Integer) rs.getObject("evidence_seq"), rs.getInt("version"));
    }
}
