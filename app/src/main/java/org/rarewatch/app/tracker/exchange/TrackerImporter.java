package org.rarewatch.app.tracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rarewatch.app.catalogue.CatalogueRepository;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.catalogue.Plan;
import org.rarewatch.app.tracker.Assessment;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.Canonical;
import org.rarewatch.app.tracker.Checks;
import org.rarewatch.app.tracker.CitedFigure;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.EditionRecommendation;
import org.rarewatch.app.tracker.EditionState;
import org.rarewatch.app.tracker.Evidence;
import org.rarewatch.app.tracker.Recommendation;
import org.rarewatch.app.tracker.RecommendationStatus;
import org.rarewatch.app.tracker.TrackerChange;
import org.rarewatch.app.tracker.TrackerRepository;
import org.rarewatch.app.tracker.TrackerService;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.ReferenceTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the exchange format back. Every row is checked (file, line, column, value, reason) and every
 * problem reported before anything is written; then all editions go in one transaction. A published
 * edition is inserted unpublished, filled, and published last, with the content hash of the files
 * recomputed and required to match, so a file edited after publication is refused.
 */
@Component
public class TrackerImporter {

    /** What to do with an edition that is already in the database. */
    public enum Existing {
        /** Identical content is skipped (idempotent); different content is an error. */
        SKIP_IDENTICAL,
        /** Always skipped: the demo never overwrites what an editor changed. */
        SKIP
    }

    public record Summary(List<Integer> imported, List<Integer> skipped, int assessments, int evidence, int figures,
            int recommendations, int changes) {
    }

    private final TrackerRepository repository;
    private final CatalogueRepository catalogue;
    private final TrackerService service;
    private final TransactionTemplate transactions;

    public TrackerImporter(TrackerRepository repository, CatalogueRepository catalogue, TrackerService service,
            TransactionTemplate transactions) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.service = service;
        this.transactions = transactions;
    }

    public Summary importFrom(TrackerSource source, Existing existing) {
        Parsed parsed = parse(source);
        return transactions.execute(status -> write(parsed, existing, source));
    }

    // ---- parsing and checking

    private record Located<T>(T value, String file, long line) {
    }

    private static final class Parsed {
        final Map<Integer, Located<Edition>> editions = new TreeMap<>();
        final Map<String, Located<Assessment>> assessments = new LinkedHashMap<>();
        final Map<String, List<Evidence>> evidence = new HashMap<>();
        final Map<String, List<CitedFigure>> figures = new HashMap<>();
        final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
        final List<EditionRecommendation> editionRecommendations = new ArrayList<>();
        final List<TrackerChange> changes = new ArrayList<>();
        /** Keys of rows already reported as invalid: rows that refer to them are not reported again. */
        final Set<String> rejected = new HashSet<>();
    }

    private Parsed parse(TrackerSource source) {
        List<InputProblem> problems = new ArrayList<>();
        Map<TrackerFiles, ReferenceTable> tables = new EnumMap<>(TrackerFiles.class);
        for (TrackerFiles file : TrackerFiles.values()) {
            String name = source.display(file.fileName());
            try (InputStream in = source.open(file.fileName())) {
                if (in == null) {
                    problems.add(InputProblem.ofFile(name, "the file is missing: an export has "
                            + String.join(", ", java.util.Arrays.stream(TrackerFiles.values())
                                    .map(TrackerFiles::fileName).toList())));
                    continue;
                }
                tables.put(file, ReferenceTable.read(name, in, file.columns()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(InputProblem.ofFile(name, "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Plan> plans = catalogue.plans().stream().collect(Collectors.toMap(Plan::id, Function.identity()));
        Map<String, Commitment> commitments = catalogue.commitments().stream()
                .collect(Collectors.toMap(Commitment::id, Function.identity()));
        Parsed p = new Parsed();

        for (ReferenceTable.Row row : tables.get(TrackerFiles.EDITIONS).rows()) {
            Checks c = new Checks(row.file(), row.line());
            Integer year = c.year("year", row.get("year"));
            String title = c.text("title", row.get("title"), Checks.TITLE_MAX);
            var asOf = c.date("as_of", row.get("as_of"));
            String planId = c.text("plan_id", row.get("plan_id"), Checks.ID_MAX);
            if (planId != null && !plans.containsKey(planId)) {
                c.add("plan_id", planId, "no plan with this id in the catalogue");
            }
            EditionState state = c.state("state", row.get("state"));
            String note = c.optionalText("note", row.get("note"), Checks.SHORT_TEXT_MAX);
            String hash = row.get("content_hash");
            OffsetDateTime publishedAt = timestamp(c, "published_at", row.get("published_at"), false);
            Integer version = c.nonNegative("version", row.get("version"));
            if (state == EditionState.PUBLISHED) {
                if (!hash.matches("[0-9a-f]{64}")) {
                    c.add("content_hash", hash, "a published edition needs its SHA-256 content hash (64 hex digits)");
                }
                if (publishedAt == null && c.ok()) {
                    c.add("published_at", "", "a published edition needs its publication time");
                }
            } else if (state != null && (!hash.isEmpty() || !row.get("published_at").isEmpty())) {
                c.add(hash.isEmpty() ? "published_at" : "content_hash", hash.isEmpty() ? row.get("published_at") : hash,
                        "only a published edition has a content hash and publication time");
            }
            if (year != null && p.editions.containsKey(year)) {
                c.add("year", row.get("year"), "edition " + year + " appears twice");
            }
            if (!c.ok() && year != null) {
                p.rejected.add("edition/" + year);
            }
            if (c.ok()) {
                p.editions.put(year, new Located<>(new Edition(year, title, asOf, planId, state, note,
                        hash.isEmpty() ? null : hash, publishedAt, version), row.file(), row.line()));
            }
            problems.addAll(c.problems());
        }

        for (ReferenceTable.Row row : tables.get(TrackerFiles.ASSESSMENTS).rows()) {
            Checks c = new Checks(row.file(), row.line());
            Edition edition = editionOf(c, p, row.get("edition_year"));
            String cid = commitmentOf(c, edition, commitments, "commitment_id", row.get("commitment_id"));
            AssessmentStatus status = c.status("status", row.get("status"));
            String rationale = c.optionalText("rationale", row.get("rationale"), Checks.TEXT_MAX);
            String rlc = c.optionalText("rlc_meaning", row.get("rlc_meaning"), Checks.TEXT_MAX);
            List<String> flags = c.flags("context_flags", TrackerRepository.splitFlags(row.get("context_flags")));
            Integer version = c.nonNegative("version", row.get("version"));
            String key = edition == null ? null : edition.year() + "/" + cid;
            if (key != null && p.assessments.containsKey(key)) {
                c.add("commitment_id", cid, "edition " + edition.year() + " assesses this commitment twice");
            }
            if (!c.ok()) {
                p.rejected.add("assessment/" + row.get("edition_year") + "/" + row.get("commitment_id"));
            }
            if (c.ok()) {
                p.assessments.put(key, new Located<>(new Assessment(edition.year(), cid, status, rationale, rlc,
                        flags, version, List.of(), List.of()), row.file(), row.line()));
            }
            problems.addAll(c.problems());
        }

        Set<String> seen = new HashSet<>();
        for (ReferenceTable.Row row : tables.get(TrackerFiles.EVIDENCE).rows()) {
            Checks c = new Checks(row.file(), row.line());
            String key = assessmentOf(c, p, row);
            Integer seq = c.nonNegative("seq", row.get("seq"));
            String claim = c.text("claim", row.get("claim"), Checks.CLAIM_MAX);
            String title = c.text("source_title", row.get("source_title"), Checks.SOURCE_TITLE_MAX);
            String url = c.url("url", row.get("url"));
            String published = c.partialDate("published_on", row.get("published_on"));
            if (key != null && seq != null && !seen.add(key + "/" + seq)) {
                c.add("seq", row.get("seq"), "this evidence number appears twice for " + key);
            }
            if (c.ok()) {
                Assessment a = p.assessments.get(key).value();
                p.evidence.computeIfAbsent(key, k -> new ArrayList<>()).add(new Evidence(a.editionYear(),
                        a.commitmentId(), seq, claim, title, url, published));
            }
            problems.addAll(c.problems());
        }

        seen.clear();
        for (ReferenceTable.Row row : tables.get(TrackerFiles.FIGURES).rows()) {
            Checks c = new Checks(row.file(), row.line());
            String key = assessmentOf(c, p, row);
            Integer seq = c.nonNegative("seq", row.get("seq"));
            String label = c.text("label", row.get("label"), Checks.SOURCE_TITLE_MAX);
            String value = c.figure("value", row.get("value"));
            String unit = c.optionalText("unit", row.get("unit"), 100);
            String period = c.text("period", row.get("period"), 40);
            String title = c.text("source_title", row.get("source_title"), Checks.SOURCE_TITLE_MAX);
            String url = c.url("url", row.get("url"));
            if (key != null && seq != null && !seen.add(key + "/" + seq)) {
                c.add("seq", row.get("seq"), "this figure number appears twice for " + key);
            }
            if (c.ok()) {
                Assessment a = p.assessments.get(key).value();
                p.figures.computeIfAbsent(key, k -> new ArrayList<>()).add(new CitedFigure(a.editionYear(),
                        a.commitmentId(), seq, label, value, unit, period, title, url));
            }
            problems.addAll(c.problems());
        }

        for (ReferenceTable.Row row : tables.get(TrackerFiles.RECOMMENDATIONS).rows()) {
            Checks c = new Checks(row.file(), row.line());
            String id = c.id("id", row.get("id"));
            String origin = c.origin("origin", row.get("origin"));
            String originPlan = row.get("origin_plan_id");
            if (Recommendation.CARRIED_FORWARD.equals(origin) && !plans.containsKey(originPlan)) {
                c.add("origin_plan_id", originPlan, originPlan.isEmpty()
                        ? "a recommendation carried forward names the plan it comes from"
                        : "no plan with this id in the catalogue");
            } else if (Recommendation.ALLIANCE.equals(origin) && !originPlan.isEmpty()) {
                c.add("origin_plan_id", originPlan, "only a recommendation carried forward from a plan names one");
            }
            String ref = c.optionalText("origin_ref", row.get("origin_ref"), 200);
            Edition first = editionOf(c, p, row.get("first_edition"), "first_edition");
            if (id != null && p.recommendations.containsKey(id)) {
                c.add("id", id, "recommendation " + id + " appears twice");
            }
            if (!c.ok() && id != null) {
                p.rejected.add("recommendation/" + id);
            }
            if (c.ok()) {
                p.recommendations.put(id, new Recommendation(id, origin, originPlan.isEmpty() ? null : originPlan,
                        ref, first.year()));
            }
            problems.addAll(c.problems());
        }

        seen.clear();
        for (ReferenceTable.Row row : tables.get(TrackerFiles.EDITION_RECOMMENDATIONS).rows()) {
            Checks c = new Checks(row.file(), row.line());
            Edition edition = editionOf(c, p, row.get("edition_year"));
            String id = row.get("recommendation_id");
            if (p.rejected.contains("recommendation/" + id)) {
                continue;
            }
            if (!p.recommendations.containsKey(id)) {
                c.add("recommendation_id", id, "no recommendation with this id in recommendations.csv");
            }
            String text = c.text("text", row.get("text"), Checks.SHORT_TEXT_MAX);
            String to = c.text("addressed_to", row.get("addressed_to"), Checks.ADDRESSED_TO_MAX);
            RecommendationStatus status = c.recommendationStatus("status", row.get("status"));
            String note = c.optionalText("status_note", row.get("status_note"), Checks.SHORT_TEXT_MAX);
            List<String> links = TrackerRepository.splitFlags(row.get("commitment_ids"));
            for (String link : links) {
                commitmentOf(c, edition, commitments, "commitment_ids", link);
            }
            Integer version = c.nonNegative("version", row.get("version"));
            if (edition != null && !seen.add(edition.year() + "/" + id)) {
                c.add("recommendation_id", id, "edition " + edition.year() + " states this recommendation twice");
            }
            if (c.ok()) {
                p.editionRecommendations.add(new EditionRecommendation(edition.year(), id, text, to, status, note,
                        version, links.stream().sorted().toList()));
            }
            problems.addAll(c.problems());
        }

        for (ReferenceTable.Row row : tables.get(TrackerFiles.HISTORY).rows()) {
            Checks c = new Checks(row.file(), row.line());
            OffsetDateTime at = timestamp(c, "changed_at", row.get("changed_at"), true);
            String by = c.text("changed_by", row.get("changed_by"), Checks.EDITOR_MAX);
            Edition edition = editionOf(c, p, row.get("edition_year"));
            String entity = c.text("entity", row.get("entity"), 40);
            String key = c.text("entity_key", row.get("entity_key"), 100);
            String action = c.text("action", row.get("action"), 20);
            String before = c.optionalText("before", row.get("before"), 20000);
            String after = c.optionalText("after", row.get("after"), 20000);
            if (c.ok()) {
                p.changes.add(new TrackerChange(at, by, edition.year(), entity, key, action,
                        before.isEmpty() ? null : before, after.isEmpty() ? null : after));
            }
            problems.addAll(c.problems());
        }

        if (problems.isEmpty()) {
            for (Located<Edition> located : p.editions.values()) {
                Edition e = located.value();
                if (e.published()) {
                    String computed = contentHash(p, e);
                    if (!computed.equals(e.contentHash())) {
                        problems.add(new InputProblem(located.file(), located.line(), "content_hash", e.contentHash(),
                                "does not match the content of the files (" + computed + "): a published edition"
                                        + " was changed after publication"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return p;
    }

    private static OffsetDateTime timestamp(Checks c, String column, String value, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                c.add(column, "", "is required");
            }
            return null;
        }
        try {
            return TrackerRepository.normalise(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            c.add(column, value, "must be a timestamp as 2020-04-08T09:30:00Z");
            return null;
        }
    }

    private static Edition editionOf(Checks c, Parsed p, String value) {
        return editionOf(c, p, value, "edition_year");
    }

    private static Edition editionOf(Checks c, Parsed p, String value, String column) {
        Integer year = c.year(column, value);
        if (year == null) {
            return null;
        }
        Located<Edition> e = p.editions.get(year);
        if (e == null && p.rejected.contains("edition/" + year)) {
            c.dependsOnInvalidRow();
            return null;
        }
        if (e == null) {
            c.add(column, value, "no edition " + year + " in editions.csv");
            return null;
        }
        return e.value();
    }

    private static String commitmentOf(Checks c, Edition edition, Map<String, Commitment> commitments, String column,
            String value) {
        String id = c.text(column, value, Checks.ID_MAX);
        if (id == null) {
            return null;
        }
        Commitment commitment = commitments.get(id);
        if (commitment == null) {
            c.add(column, id, "no commitment with this id in the catalogue");
            return null;
        }
        if (edition != null && !commitment.planId().equals(edition.planId())) {
            c.add(column, id, "belongs to plan " + commitment.planId() + ", but edition " + edition.year()
                    + " assesses plan " + edition.planId());
            return null;
        }
        return id;
    }

    private static String assessmentOf(Checks c, Parsed p, ReferenceTable.Row row) {
        String key = row.get("edition_year") + "/" + row.get("commitment_id");
        if (p.rejected.contains("assessment/" + key) || p.rejected.contains("edition/" + row.get("edition_year"))) {
            c.dependsOnInvalidRow();
            return null;
        }
        if (!p.assessments.containsKey(key)) {
            c.add("commitment_id", row.get("commitment_id"), "no assessment of this commitment in edition "
                    + row.get("edition_year") + " in assessments.csv");
            return null;
        }
        return key;
    }

    private static List<Assessment> assessmentsOf(Parsed p, int year) {
        return p.assessments.values().stream().map(Located::value).filter(a -> a.editionYear() == year)
                .map(a -> {
                    String key = a.editionYear() + "/" + a.commitmentId();
                    return new Assessment(a.editionYear(), a.commitmentId(), a.status(), a.rationale(), a.rlcMeaning(),
                            a.contextFlags(), a.version(), p.evidence.getOrDefault(key, List.of()),
                            p.figures.getOrDefault(key, List.of()));
                }).toList();
    }

    private static String contentHash(Parsed p, Edition e) {
        return Canonical.contentHash(e, assessmentsOf(p, e.year()),
                p.editionRecommendations.stream().filter(r -> r.editionYear() == e.year()).toList(),
                p.recommendations);
    }

    // ---- writing

    private Summary write(Parsed p, Existing existing, TrackerSource source) {
        List<Integer> imported = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Located<Edition> located : p.editions.values()) {
            Edition e = located.value();
            var stored = repository.edition(e.year());
            if (stored.isEmpty()) {
                imported.add(e.year());
            } else if (existing == Existing.SKIP || sameContent(p, e, stored.get())) {
                skipped.add(e.year());
            } else {
                problems.add(new InputProblem(located.file(), located.line(), "year", String.valueOf(e.year()),
                        "edition " + e.year() + " is already in the database with different content; the import "
                                + "only adds editions that are not there"));
            }
        }
        for (Recommendation r : p.recommendations.values()) {
            var stored = repository.recommendation(r.id());
            if (stored.isPresent() && !stored.get().equals(r) && imported.contains(r.firstEdition())) {
                problems.add(new InputProblem(source.display(TrackerFiles.RECOMMENDATIONS.fileName()), 0, "id",
                        r.id(), "recommendation " + r.id() + " is already in the database with a different origin"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int assessments = 0;
        int evidence = 0;
        int figures = 0;
        for (int year : imported) {
            Edition e = p.editions.get(year).value();
            repository.insertEdition(e.published()
                    ? new Edition(e.year(), e.title(), e.asOf(), e.planId(), EditionState.IN_REVIEW, e.note(), null,
                            null, e.version())
                    : e);
            for (Assessment a : assessmentsOf(p, year)) {
                repository.insertAssessment(a);
                a.evidence().forEach(repository::insertEvidence);
                a.figures().forEach(repository::insertFigure);
                assessments++;
                evidence += a.evidence().size();
                figures += a.figures().size();
            }
        }
        int recommendations = 0;
        for (Recommendation r : p.recommendations.values()) {
            if (repository.recommendation(r.id()).isEmpty()) {
                repository.insertRecommendation(r);
                recommendations++;
            }
        }
        for (EditionRecommendation r : p.editionRecommendations) {
            if (imported.contains(r.editionYear())) {
                repository.insertEditionRecommendation(r);
            }
        }
        for (int year : imported) {
            Edition e = p.editions.get(year).value();
            if (e.published()) {
                String stored = service.contentHash(e);
                if (!stored.equals(e.contentHash())) {
                    throw new IllegalStateException("edition " + year + " hashes to " + stored
                            + " once stored, not " + e.contentHash() + ": the import was rolled back");
                }
                repository.updateEdition(e, e.version());
            }
        }
        int changes = 0;
        for (TrackerChange c : p.changes) {
            if (imported.contains(c.editionYear())) {
                repository.insertChange(c);
                changes++;
            }
        }
        return new Summary(imported, skipped, assessments, evidence, figures, recommendations, changes);
    }

    private boolean sameContent(Parsed p, Edition e, Edition stored) {
        if (stored.state() != e.state()) {
            return false;
        }
        String storedHash = service.contentHash(stored);
        return storedHash.equals(contentHash(p, e));
    }
}
