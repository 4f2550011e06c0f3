package org.rarewatch.app.catalogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.reference.DataQuality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain-SQL access to the reference catalogue tables. Upserts are portable across H2 and PostgreSQL. */
@Repository
public class CatalogueRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CatalogueRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** dataset id → SHA-256 of the version last loaded. */
    public Map<String, String> loadedDatasetHashes() {
        Map<String, String> hashes = new HashMap<>();
        jdbc.sql("SELECT dataset, sha256 FROM reference_dataset")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> hashes.put(e.getKey(), e.getValue()));
        return hashes;
    }

    public void recordDataset(ReferenceDataset dataset, ReferenceSource.RawTable table, int rows) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("""
                UPDATE reference_dataset SET version = :version, source = :source, sha256 = :sha, row_count = :rows,
                       loaded_at = :now WHERE dataset = :dataset""")
                .param("version", table.version()).param("source", table.name()).param("sha", table.sha256())
                .param("rows", rows).param("now", now).param("dataset", dataset.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO reference_dataset (dataset, version, source, sha256, row_count, loaded_at)
                    VALUES (:dataset, :version, :source, :sha, :rows, :now)""")
                    .param("dataset", dataset.id()).param("version", table.version()).param("source", table.name())
                    .param("sha", table.sha256()).param("rows", rows).param("now", now)
                    .update();
        }
    }

    public void upsert(Plan p) {
        Map<String, Object> params = Map.of("id", p.id(), "title", p.title(), "publisher", p.publisher(),
                "published", p.published(), "period", p.period(), "url", p.url(), "quality", p.quality().name(),
                "qualityNote", p.qualityNote(), "sortOrder", p.sortOrder());
        upsert("""
                UPDATE plan SET title = :title, publisher = :publisher, published = :published, period = :period,
                       url = :url, data_quality = :quality, data_quality_note = :qualityNote, sort_order = :sortOrder
                 WHERE id = :id""", """
                INSERT INTO plan (id, title, publisher, published, period, url, data_quality, data_quality_note, sort_order)
                VALUES (:id, :title, :publisher, :published, :period, :url, :quality, :qualityNote, :sortOrder)""",
                params);
    }

    public void upsert(Commitment c) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", c.id());
        params.put("planId", c.planId());
        params.put("theme", c.theme());
        params.put("summary", c.summary());
        params.put("targetValue", c.targetValue());
        params.put("targetUnit", c.targetUnit());
        params.put("targetDate", c.targetDate());
        params.put("targetYear", c.targetYear());
        params.put("relevance", c.relevance());
        params.put("relevanceNote", c.relevanceNote());
        params.put("sourceUrl", c.sourceUrl());
        params.put("quality", c.quality().name());
        params.put("qualityNote", c.qualityNote());
        params.put("sortOrder", c.sortOrder());
        upsert("""
                UPDATE commitment SET plan_id = :planId, theme = :theme, summary = :summary,
                       target_value = :targetValue, target_unit = :targetUnit, target_date = :targetDate,
                       target_year = :targetYear, relevance = :relevance, relevance_note = :relevanceNote,
                       source_url = :sourceUrl, data_quality = :quality, data_quality_note = :qualityNote,
                       sort_order = :sortOrder
                 WHERE id = :id""", """
                INSERT INTO commitment (id, plan_id, theme, summary, target_value, target_unit, target_date, target_year,
                       relevance, relevance_note, source_url, data_quality, data_quality_note, sort_order)
                VALUES (:id, :planId, :theme, :summary, :targetValue, :targetUnit, :targetDate, :targetYear,
                       :relevance, :relevanceNote, :sourceUrl, :quality, :qualityNote, :sortOrder)""",
                params);
    }

    public void upsert(CancerGroupCode g) {
        Map<String, Object> params = Map.of("code", g.icd10Code(), "description", g.description(),
                "group", g.cancerGroup(), "confidence", g.mappingConfidence(), "bigFour", g.bigFour(),
                "stageable", g.stageable(), "note", g.note(), "sourceUrl", g.sourceUrl(),
                "quality", g.quality().name(), "qualityNote", g.qualityNote());
        upsert("""
                UPDATE cancer_group_code SET description = :description, cancer_group = :group,
                       mapping_confidence = :confidence, big_four = :bigFour, stageable = :stageable, note = :note,
                       source_url = :sourceUrl, data_quality = :quality, data_quality_note = :qualityNote
                 WHERE icd10_code = :code""", """
                INSERT INTO cancer_group_code (icd10_code, description, cancer_group, mapping_confidence, big_four,
                       stageable, note, source_url, data_quality, data_quality_note)
                VALUES (:code, :description, :group, :confidence, :bigFour, :stageable, :note, :sourceUrl, :quality,
                       :qualityNote)""",
                params);
    }

    public void upsert(WaitingTimeThreshold t) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", t.id());
        params.put("standardId", t.standardId());
        params.put("description", t.description());
        params.put("percent", t.thresholdPercent());
        params.put("kind", t.kind());
        params.put("fromDate", t.fromDate());
        params.put("toDate", t.toDate());
        params.put("dateNote", t.dateNote());
        params.put("sourceUrl", t.sourceUrl());
        params.put("quality", t.quality().name());
        params.put("qualityNote", t.qualityNote());
        upsert("""
                UPDATE waiting_time_threshold SET standard_id = :standardId, description = :description,
                       threshold_percent = :percent, kind = :kind, from_date = :fromDate, to_date = :toDate,
                       date_note = :dateNote, source_url = :sourceUrl, data_quality = :quality,
                       data_quality_note = :qualityNote
                 WHERE id = :id""", """
                INSERT INTO waiting_time_threshold (id, standard_id, description, threshold_percent, kind, from_date,
                       to_date, date_note, source_url, data_quality, data_quality_note)
                VALUES (:id, :standardId, :description, :percent, :kind, :fromDate, :toDate, :dateNote, :sourceUrl,
                       :quality, :qualityNote)""",
                params);
    }

    private void upsert(String update, String insert, Map<String, Object> params) {
        if (jdbc.sql(update).params(params).update() == 0) {
            jdbc.sql(insert).params(params).update();
        }
    }

    public List<Plan> plans() {
        return jdbc.sql("""
                SELECT id, title, publisher, published, period, url, data_quality, data_quality_note, sort_order
                  FROM plan ORDER BY sort_order, id""")
                .query((rs, n) -> new Plan(rs.getString("id"), rs.getString("title"), rs.getString("publisher"),
                        rs.getString("published"), rs.getString("period"), rs.getString("url"),
                        DataQuality.valueOf(rs.getString("data_quality")), rs.getString("data_quality_note"),
                        rs.getInt("sort_order")))
                .list();
    }

    public List<Commitment> commitments() {
        return jdbc.sql("""
                SELECT id, plan_id, theme, summary, target_value, target_unit, target_date, target_year, relevance,
                       relevance_note, source_url, data_quality, data_quality_note, sort_order
                  FROM commitment ORDER BY sort_order, id""")
                .query((rs, n) -> new Commitment(rs.getString("id"), rs.getString("plan_id"), rs.getString("theme"),
                        rs.getString("summary"), rs.getString("target_value"), rs.getString("target_unit"),
                        rs.getString("target_date"), (Integer) rs.getObject("target_year", Integer.class),
                        rs.getString("relevance"), rs.getString("relevance_note"), rs.getString("source_url"),
                        DataQuality.valueOf(rs.getString("data_quality")), rs.getString("data_quality_note"),
                        rs.getInt("sort_order")))
                .list();
    }

    public List<CancerGroupCode> cancerGroupCodes() {
        return jdbc.sql("""
                SELECT icd10_code, description, cancer_group, mapping_confidence, big_four, stageable, note, source_url,
                       data_quality, data_quality_note
                  FROM cancer_group_code ORDER BY icd10_code""")
                .query((rs, n) -> new CancerGroupCode(rs.getString("icd10_code"), rs.getString("description"),
                        rs.getString("cancer_group"), rs.getString("mapping_confidence"), rs.getBoolean("big_four"),
                        rs.getString("stageable"), rs.getString("note"), rs.getString("source_url"),
                        DataQuality.valueOf(rs.getString("data_quality")), rs.getString("data_quality_note")))
                .list();
    }

    public List<WaitingTimeThreshold> thresholds() {
        return jdbc.sql("""
                SELECT id, standard_id, description, threshold_percent, kind, from_date, to_date, date_note, source_url,
                       data_quality, data_quality_note
                  FROM waiting_time_threshold ORDER BY standard_id, from_date, id""")
                .query((rs, n) -> new WaitingTimeThreshold(rs.getString("id"), rs.getString("standard_id"),
                        rs.getString("description"), rs.getBigDecimal("threshold_percent"), rs.getString("kind"),
                        rs.getObject("from_date", java.time.LocalDate.class),
                        rs.getObject("to_date", java.time.LocalDate.class), rs.getString("date_note"),
                        rs.getString("source_url"), DataQuality.valueOf(rs.getString("data_quality")),
                        rs.getString("data_quality_note")))
                .list();
    }
}
