package org.rarewatch.app.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain-SQL access to the tracker tables; portable between H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
public class TrackerRepository {

    static final String FLAG_SEPARATOR = "; ";

    private final JdbcClient jdbc;

    public TrackerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Both databases keep microseconds; trimming here makes what is written equal what is read back. */
    public static OffsetDateTime normalise(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    // ---- editions

    public List<Edition> editions() {
        return jdbc.sql("SELECT * FROM edition ORDER BY edition_year").query(TrackerRepository::edition).list();
    }

    public Optional<Edition> edition(int year) {
        return jdbc.sql("SELECT * FROM edition WHERE edition_year = :year").param("year", year)
                .query(TrackerRepository::edition).optional();
    }

    public void insertEdition(Edition e) {
        jdbc.sql("""
                INSERT INTO edition (edition_year, title, as_of, plan_id, state, note, content_hash, published_at, version)
                VALUES (:year, :title, :asOf, :planId, :state, :note, :hash, :publishedAt, :version)""")
                .params(editionParams(e)).update();
    }

    /** @return false when the stored version is no longer {@code expectedVersion} */
    public boolean updateEdition(Edition e, int expectedVersion) {
        Map<String, Object> params = editionParams(e);
        params.put("expected", expectedVersion);
        return jdbc.sql("""
                UPDATE edition SET title = :title, as_of = :asOf, plan_id = :planId, state = :state, note = :note,
                       content_hash = :hash, published_at = :publishedAt, version = :version
                 WHERE edition_year = :year AND version = :expected""")
                .params(params).update() == 1;
    }

    private static Map<String, Object> editionParams(Edition e) {
        Map<String, Object> p = new HashMap<>();
        p.put("year", e.year());
        p.put("title", e.title());
        p.put("asOf", e.asOf());
        p.put("planId", e.planId());
        p.put("state", e.state().code());
        p.put("note", e.note());
        p.put("hash", e.contentHash());
        p.put("publishedAt", normalise(e.publishedAt()));
        p.put("version", e.version());
        return p;
    }

    private static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(rs.getInt("edition_year"), rs.getString("title"), rs.getObject("as_of", LocalDate.class),
                rs.getString("plan_id"), EditionState.fromCode(rs.getString("state")).orElseThrow(),
                rs.getString("note"), rs.getString("content_hash"),
                normalise(rs.getObject("published_at", OffsetDateTime.class)), rs.getInt("version"));
    }

    // ---- assessments, evidence, figures

    /** Every assessment of an edition with its evidence and figures, ordered by commitment catalogue order. */
    public List<Assessment> assessments(int year) {
        return assessments("WHERE a.edition_year = :year", Map.of("year", year));
    }

    public List<Assessment> assessmentsOfCommitment(String commitmentId) {
        return assessments("WHERE a.commitment_id = :cid", Map.of("cid", commitmentId));
    }

    public Optional<Assessment> assessment(int year, String commitmentId) {
        return assessments("WHERE a.edition_year = :year AND a.commitment_id = :cid",
                Map.of("year", year, "cid", commitmentId)).stream().findFirst();
    }

    private List<Assessment> assessments(String where, Map<String, Object> params) {
        List<Assessment> bare = jdbc.sql("""
                SELECT a.* FROM assessment a JOIN commitment c ON c.id = a.commitment_id
                """ + where + " ORDER BY a.edition_year, c.sort_order, a.commitment_id")
                .params(params)
                .query((rs, n) -> new Assessment(rs.getInt("edition_year"), rs.getString("commitment_id"),
                        AssessmentStatus.fromCode(rs.getString("status")).orElseThrow(), rs.getString("rationale"),
                        rs.getString("rlc_meaning"), splitFlags(rs.getString("context_flags")), rs.getInt("version"),
                        List.of(), List.of()))
                .list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<String, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("SELECT a.* FROM evidence a " + where + " ORDER BY a.edition_year, a.commitment_id, a.seq")
                .params(params)
                .query((rs, n) -> new Evidence(rs.getInt("edition_year"), rs.getString("commitment_id"),
                        rs.getInt("seq"), rs.getString("claim"), rs.getString("source_title"), rs.getString("url"),
                        rs.getString("published_on")))
                .list()
                .forEach(e -> evidence.computeIfAbsent(e.editionYear() + "/" + e.commitmentId(), k -> new ArrayList<>())
                        .add(e));
        Map<String, List<CitedFigure>> figures = new HashMap<>();
        jdbc.sql("SELECT a.* FROM cited_figure a " + where + " ORDER BY a.edition_year, a.commitment_id, a.seq")
                .params(params)
                .query((rs, n) -> new CitedFigure(rs.getInt("edition_year"), rs.getString("commitment_id"),
                        rs.getInt("seq"), rs.getString("label"), rs.getString("figure_value"), rs.getString("unit"),
                        rs.getString("period"), rs.getString("source_title"), rs.getString("url")))
                .list()
                .forEach(f -> figures.computeIfAbsent(f.editionYear() + "/" + f.commitmentId(), k -> new ArrayList<>())
                        .add(f));
        return bare.stream().map(a -> {
            String key = a.editionYear() + "/" + a.commitmentId();
            return new Assessment(a.editionYear(), a.commitmentId(), a.status(), a.rationale(), a.rlcMeaning(),
                    a.contextFlags(), a.version(), evidence.getOrDefault(key, List.of()),
                    figures.getOrDefault(key, List.of()));
        }).toList();
    }

    public void insertAssessment(Assessment a) {
        jdbc.sql("""
                INSERT INTO assessment (edition_year, commitment_id, status, rationale, rlc_meaning, context_flags, version)
                VALUES (:year, :cid, :status, :rationale, :rlc, :flags, :version)""")
                .params(assessmentParams(a)).update();
    }

    public boolean updateAssessment(Assessment a, int expectedVersion) {
        Map<String, Object> p = assessmentParams(a);
        p.put("expected", expectedVersion);
        return jdbc.sql("""
                UPDATE assessment SET status = :status, rationale = :rationale, rlc_meaning = :rlc,
                       context_flags = :flags, version = :version
                 WHERE edition_year = :year AND commitment_id = :cid AND version = :expected""")
                .params(p).update() == 1;
    }

    private static Map<String, Object> assessmentParams(Assessment a) {
        Map<String, Object> p = new HashMap<>();
        p.put("year", a.editionYear());
        p.put("cid", a.commitmentId());
        p.put("status", a.status().code());
        p.put("rationale", a.rationale());
        p.put("rlc", a.rlcMeaning());
        p.put("flags", joinFlags(a.contextFlags()));
        p.put("version", a.version());
        return p;
    }

    public static String joinFlags(List<String> flags) {
        return String.join(FLAG_SEPARATOR, flags);
    }

    public static List<String> splitFlags(String flags) {
        if (flags == null || flags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(flags.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void insertEvidence(Evidence e) {
        jdbc.sql("""
                INSERT INTO evidence (edition_year, commitment_id, seq, claim, source_title, url, published_on)
                VALUES (:year, :cid, :seq, :claim, :title, :url, :published)""")
                .param("year", e.editionYear()).param("cid", e.commitmentId()).param("seq", e.seq())
                .param("claim", e.claim()).param("title", e.sourceTitle()).param("url", e.url())
                .param("published", e.publishedOn())
                .update();
    }

    public void insertFigure(CitedFigure f) {
        jdbc.sql("""
                INSERT INTO cited_figure (edition_year, commitment_id, seq, label, figure_value, unit, period,
                       source_title, url)
                VALUES (:year, :cid, :seq, :label, :value, :unit, :period, :title, :url)""")
                .param("year", f.editionYear()).param("cid", f.commitmentId()).param("seq", f.seq())
                .param("label", f.label()).param("value", f.value()).param("unit", f.unit())
                .param("period", f.period()).param("title", f.sourceTitle()).param("url", f.url())
                .update();
    }

    public int nextSeq(String table, int year, String commitmentId) {
        Integer max = jdbc.sql("SELECT MAX(seq) FROM " + table + " WHERE edition_year = :year AND commitment_id = :cid")
                .param("year", year).param("cid", commitmentId).query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    // ---- recommendations

    public List<Recommendation> recommendations() {
        return jdbc.sql("SELECT * FROM recommendation ORDER BY first_edition, id")
                .query(TrackerRepository::recommendation).list();
    }

    public Optional<Recommendation> recommendation(String id) {
        return jdbc.sql("SELECT * FROM recommendation WHERE id = :id").param("id", id)
                .query(TrackerRepository::recommendation).optional();
    }

    private static Recommendation recommendation(ResultSet rs, int n) throws SQLException {
        return new Recommendation(rs.getString("id"), rs.getString("origin"), rs.getString("origin_plan_id"),
                rs.getString("origin_ref"), rs.getInt("first_edition"));
    }

    public void insertRecommendation(Recommendation r) {
        jdbc.sql("""
                INSERT INTO recommendation (id, origin, origin_plan_id, origin_ref, first_edition)
                VALUES (:id, :origin, :plan, :ref, :first)""")
                .param("id", r.id()).param("origin", r.origin()).param("plan", r.originPlanId())
                .param("ref", r.originRef()).param("first", r.firstEdition())
                .update();
    }

    /** Every edition's statement of recommendations, with linked commitments, ordered by edition then id. */
    public List<EditionRecommendation> editionRecommendations() {
        return editionRecommendations("", Map.of());
    }

    public List<EditionRecommendation> editionRecommendations(int year) {
        return editionRecommendations("WHERE r.edition_year = :year", Map.of("year", year));
    }

    public Optional<EditionRecommendation> editionRecommendation(int year, String id) {
        return editionRecommendations("WHERE r.edition_year = :year AND r.recommendation_id = :id",
                Map.of("year", year, "id", id)).stream().findFirst();
    }

    private List<EditionRecommendation> editionRecommendations(String where, Map<String, Object> params) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        jdbc.sql("SELECT r.* FROM recommendation_link r " + where
                        + " ORDER BY r.edition_year, r.recommendation_id, r.commitment_id")
                .params(params)
                .query((rs, n) -> Map.entry(rs.getInt("edition_year") + "/" + rs.getString("recommendation_id"),
                        rs.getString("commitment_id")))
                .list()
                .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT r.* FROM edition_recommendation r " + where
                        + " ORDER BY r.edition_year, r.recommendation_id")
                .params(params)
                .query((rs, n) -> new EditionRecommendation(rs.getInt("edition_year"),
                        rs.getString("recommendation_id"), rs.getString("text"), rs.getString("addressed_to"),
                        RecommendationStatus.fromCode(rs.getString("status")).orElseThrow(),
                        rs.getString("status_note"), rs.getInt("version"),
                        links.getOrDefault(rs.getInt("edition_year") + "/" + rs.getString("recommendation_id"),
                                List.of())))
                .list();
    }

    public void insertEditionRecommendation(EditionRecommendation r) {
        jdbc.sql("""
                INSERT INTO edition_recommendation (edition_year, recommendation_id, text, addressed_to, status,
                       status_note, version)
                VALUES (:year, :id, :text, :to, :status, :note, :version)""")
                .params(editionRecommendationParams(r)).update();
        insertLinks(r);
    }

    public boolean updateEditionRecommendation(EditionRecommendation r, int expectedVersion) {
        Map<String, Object> p = editionRecommendationParams(r);
        p.put("expected", expectedVersion);
        boolean updated = jdbc.sql("""
                UPDATE edition_recommendation SET text = :text, addressed_to = :to, status = :status,
                       status_note = :note, version = :version
                 WHERE edition_year = :year AND recommendation_id = :id AND version = :expected""")
                .params(p).update() == 1;
        if (updated) {
            jdbc.sql("DELETE FROM recommendation_link WHERE edition_year = :year AND recommendation_id = :id")
                    .param("year", r.editionYear()).param("id", r.recommendationId()).update();
            insertLinks(r);
        }
        return updated;
    }

    private void insertLinks(EditionRecommendation r) {
        for (String commitmentId : r.commitmentIds()) {
            jdbc.sql("""
                    INSERT INTO recommendation_link (edition_year, recommendation_id, commitment_id)
                    VALUES (:year, :id, :cid)""")
                    .param("year", r.editionYear()).param("id", r.recommendationId()).param("cid", commitmentId)
                    .update();
        }
    }

    private static Map<String, Object> editionRecommendationParams(EditionRecommendation r) {
        Map<String, Object> p = new HashMap<>();
        p.put("year", r.editionYear());
        p.put("id", r.recommendationId());
        p.put("text", r.text());
        p.put("to", r.addressedTo());
        p.put("status", r.status().code());
        p.put("note", r.statusNote());
        p.put("version", r.version());
        return p;
    }

    // ---- change history

    public void insertChange(TrackerChange c) {
        jdbc.sql("""
                INSERT INTO tracker_change (changed_at, changed_by, edition_year, entity, entity_key, action,
                       before_json, after_json, domain, account)
                VALUES (:at, :by, :year, :entity, :key, :action, :before, :after, 'tracker', :account)""")
                .param("at", normalise(c.changedAt())).param("by", c.changedBy()).param("year", c.editionYear())
                .param("account", org.rarewatch.app.members.CurrentAccount.username().orElse(null))
                .param("entity", c.entity()).param("key", c.entityKey()).param("action", c.action())
                .param("before", c.beforeJson()).param("after", c.afterJson())
                .update();
    }

    public List<TrackerChange> changes() {
        return jdbc.sql("SELECT * FROM tracker_change WHERE domain = 'tracker' ORDER BY id").query(TrackerRepository::change).list();
    }

    /** Changes to one entity key and everything under it ({@code 2020/LTP-02} also finds its evidence). */
    public List<TrackerChange> changesUnder(String keyPrefix) {
        return jdbc.sql("SELECT * FROM tracker_change WHERE domain = 'tracker' AND (entity_key = :key OR entity_key LIKE :prefix) ORDER BY id")
                .param("key", keyPrefix).param("prefix", keyPrefix + "/%")
                .query(TrackerRepository::change).list();
    }

    private static TrackerChange change(ResultSet rs, int n) throws SQLException {
        return new TrackerChange(normalise(rs.getObject("changed_at", OffsetDateTime.class)),
                rs.getString("changed_by"), rs.getInt("edition_year"), rs.getString("entity"),
                rs.getString("entity_key"), rs.getString("action"), rs.getString("before_json"),
                rs.getString("after_json"));
    }

    /** True when no tracker table holds a row (the import's precondition for history). */
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM edition").query(Integer.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM tracker_change WHERE domain = 'tracker'").query(Integer.class).single() == 0;
    }
}
