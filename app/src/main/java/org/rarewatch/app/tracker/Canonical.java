package org.rarewatch.app.tracker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.io.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical, deterministic JSON form of tracker rows: used for the change history (before/after)
 * and for an edition's frozen snapshot, whose SHA-256 is the edition's content hash. Keys appear in a
 * fixed order, lists in a fixed order, no whitespace, UTF-8. See docs/methods.md.
 */
public final class Canonical {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Canonical() {
    }

    public static String json(Object tree) {
        return JSON.writeValueAsString(tree);
    }

    public static String sha256(String text) {
        return Sha256.hex(text);
    }

    public static Map<String, Object> edition(Edition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", e.year());
        m.put("title", e.title());
        m.put("as_of", e.asOf().toString());
        m.put("plan_id", e.planId());
        m.put("note", e.note());
        m.put("state", e.state().code());
        return m;
    }

    public static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commitment_id", a.commitmentId());
        m.put("status", a.status().code());
        m.put("rationale", a.rationale());
        m.put("rlc_meaning", a.rlcMeaning());
        m.put("context_flags", a.contextFlags());
        return m;
    }

    public static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("claim", e.claim());
        m.put("source_title", e.sourceTitle());
        m.put("url", e.url());
        m.put("published_on", e.publishedOn());
        return m;
    }

    public static Map<String, Object> figure(CitedFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", f.seq());
        m.put("label", f.label());
        m.put("value", f.value());
        m.put("unit", f.unit());
        m.put("period", f.period());
        m.put("source_title", f.sourceTitle());
        m.put("url", f.url());
        return m;
    }

    public static Map<String, Object> recommendation(Recommendation r, EditionRecommendation er) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("origin", r.origin());
        m.put("origin_plan_id", r.originPlanId());
        m.put("origin_ref", r.originRef());
        m.put("first_edition", r.firstEdition());
        m.put("text", er.text());
        m.put("addressed_to", er.addressedTo());
        m.put("status", er.status().code());
        m.put("status_note", er.statusNote());
        m.put("commitment_ids", er.commitmentIds().stream().sorted().toList());
        return m;
    }

    /**
     * The frozen content of an edition: its metadata (without state, hash or version), every assessment
     * sorted by commitment id with evidence and figures by sequence, and every recommendation sorted by id.
     */
    public static String snapshot(Edition edition, List<Assessment> assessments,
            List<EditionRecommendation> recommendations, Map<String, Recommendation> identities) {
        Map<String, Object> root = edition(edition);
        root.remove("state");
        List<Map<String, Object>> rows = new ArrayList<>();
        assessments.stream()
                .sorted((x, y) -> x.commitmentId().compareTo(y.commitmentId()))
                .forEach(a -> {
                    Map<String, Object> m = assessment(a);
                    m.put("evidence", a.evidence().stream()
                            .sorted((x, y) -> Integer.compare(x.seq(), y.seq())).map(Canonical::evidence).toList());
                    m.put("figures", a.figures().stream()
                            .sorted((x, y) -> Integer.compare(x.seq(), y.seq())).map(Canonical::figure).toList());
                    rows.add(m);
                });
        root.put("assessments", rows);
        root.put("recommendations", recommendations.stream()
                .sorted((x, y) -> x.recommendationId().compareTo(y.recommendationId()))
                .map(r -> recommendation(identities.get(r.recommendationId()), r))
                .toList());
        return json(root);
    }

    public static String contentHash(Edition edition, List<Assessment> assessments,
            List<EditionRecommendation> recommendations, Map<String, Recommendation> identities) {
        return sha256(snapshot(edition, assessments, recommendations, identities));
    }
}
