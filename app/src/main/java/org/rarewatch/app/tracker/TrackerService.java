package org.rarewatch.app.tracker;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rarewatch.app.catalogue.CatalogueRepository;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.catalogue.Plan;
import org.rarewatch.app.tracker.freeze.FrozenEdition;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change an editor makes to the tracker: checked in full first, written in one transaction with
 * its change-history entry, guarded by optimistic locking (a stale {@code version} is a conflict), and
 * refused for a published edition (here, and again by the database triggers).
 */
@Service
public class TrackerService {

    private final TrackerRepository repository;
    private final CatalogueRepository catalogue;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public TrackerService(TrackerRepository repository, CatalogueRepository catalogue,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Edition createEdition(Inputs.NewEdition in) {
        Checks checks = Checks.request();
        String editor = checks.text("editor", in.editor(), Checks.EDITOR_MAX);
        Integer year = in.year() == null ? null : checks.year("year", String.valueOf(in.year()));
        if (in.year() == null) {
            checks.add("year", "", "is required");
        }
        String title = checks.text("title", in.title(), Checks.TITLE_MAX);
        var asOf = checks.date("asOf", in.asOf());
        String planId = checks.text("planId", in.planId(), Checks.ID_MAX);
        String note = checks.optionalText("note", in.note(), Checks.SHORT_TEXT_MAX);
        if (planId != null && catalogue.plans().stream().noneMatch(p -> p.id().equals(planId))) {
            checks.add("planId", planId, "no plan with this id in the catalogue");
        }
        checks.throwIfAny();
        return write(() -> {
            if (repository.edition(year).isPresent()) {
                throw new TrackerConflictException("edition " + year + " already exists");
            }
            Edition edition = new Edition(year, title, asOf, planId, EditionState.DRAFT, note, null, null, 1);
            repository.insertEdition(edition);
            record(editor, year, "edition", String.valueOf(year), "create", null, Canonical.edition(edition));
            if (in.carryForwardFrom() != null) {
                carryForward(editor, edition, in.carryForwardFrom());
            }
            return edition;
        });
    }

    /** Unmet recommendations of an earlier edition continue, with their history, in the new one. */
    private void carryForward(String editor, Edition edition, int fromYear) {
        Edition from = repository.edition(fromYear).orElseThrow(
                () -> new TrackerNotFoundException("no edition " + fromYear + " to carry recommendations forward from"));
        if (from.year() >= edition.year()) {
            throw new TrackerConflictException("recommendations are carried forward from an earlier edition, not "
                    + from.year());
        }
        var planCommitments = commitmentsOfPlan(edition.planId());
        for (EditionRecommendation r : repository.editionRecommendations(from.year())) {
            if (!r.status().unmet()) {
                continue;
            }
            // links to another plan's commitments cannot follow; the editor relinks them in the new edition
            List<String> links = r.commitmentIds().stream().filter(planCommitments::containsKey).toList();
            EditionRecommendation carried = new EditionRecommendation(edition.year(), r.recommendationId(), r.text(),
                    r.addressedTo(), RecommendationStatus.OPEN,
                    "Carried forward: " + r.status().label().toLowerCase(java.util.Locale.ROOT) + " in edition "
                            + from.year() + ".", 1, links);
            repository.insertEditionRecommendation(carried);
            record(editor, edition.year(), "recommendation", edition.year() + "/" + r.recommendationId(),
                    "carry_forward", null, recommendationTree(carried));
        }
    }

    public Edition changeState(int year, Inputs.StateChange in) {
        Checks checks = Checks.request();
        String editor = checks.text("editor", in.editor(), Checks.EDITOR_MAX);
        EditionState next = checks.state("state", in.state());
        if (in.version() == null) {
            checks.add("version", "", "is required: send the version you loaded, so a newer change is not overwritten");
        }
        checks.throwIfAny();
        return write(() -> {
            Edition current = editionForChange(year);
            if (!current.state().canMoveTo(next)) {
                throw new TrackerConflictException("edition " + year + " cannot move from "
                        + current.state().code() + " to " + next.code(), current.version());
            }
            String hash = null;
            OffsetDateTime publishedAt = null;
            if (next == EditionState.PUBLISHED) {
                hash = contentHash(current);
                publishedAt = OffsetDateTime.now(clock);
            }
            Edition changed = new Edition(current.year(), current.title(), current.asOf(), current.planId(), next,
                    current.note(), hash, publishedAt, current.version() + 1);
            if (!repository.updateEdition(changed, in.version())) {
                throw staleVersion("edition " + year, current.version());
            }
            Map<String, Object> after = Canonical.edition(changed);
            after.put("content_hash", hash);
            record(editor, year, "edition", String.valueOf(year), next == EditionState.PUBLISHED ? "publish" : "state",
                    Canonical.edition(current), after);
            return repository.edition(year).orElseThrow();
        });
    }

    public Assessment saveAssessment(int year, String commitmentId, Inputs.AssessmentChange in) {
        Checks checks = Checks.request();
        String editor = checks.text("editor", in.editor(), Checks.EDITOR_MAX);
        AssessmentStatus status = checks.status("status", in.status());
        String rationale = checks.optionalText("rationale", in.rationale(), Checks.TEXT_MAX);
        String rlc = checks.optionalText("rlcMeaning", in.rlcMeaning(), Checks.TEXT_MAX);
        List<String> flags = checks.flags("contextFlags", in.contextFlags());
        checks.throwIfAny();
        return write(() -> {
            Edition edition = editionForChange(year);
            requireCommitmentOfPlan(edition, commitmentId, "commitmentId");
            var existing = repository.assessment(year, commitmentId);
            if (existing.isEmpty()) {
                if (in.version() != null) {
                    throw new TrackerConflictException("the assessment of " + commitmentId + " in edition " + year
                            + " no longer exists; reload the page", null);
                }
                Assessment created = new Assessment(year, commitmentId, status, rationale, rlc, flags, 1,
                        List.of(), List.of());
                repository.insertAssessment(created);
                record(editor, year, "assessment", year + "/" + commitmentId, "create", null,
                        Canonical.assessment(created));
                return repository.assessment(year, commitmentId).orElseThrow();
            }
            Assessment current = existing.get();
            if (in.version() == null || in.version() != current.version()) {
                throw staleVersion("the assessment of " + commitmentId + " in edition " + year, current.version());
            }
            Assessment changed = new Assessment(year, commitmentId, status, rationale, rlc, flags,
                    current.version() + 1, List.of(), List.of());
            if (!repository.updateAssessment(changed, in.version())) {
                throw staleVersion("the assessment of " + commitmentId + " in edition " + year,
                        repository.assessment(year, commitmentId).map(Assessment::version).orElse(null));
            }
            record(editor, year, "assessment", year + "/" + commitmentId, "update", Canonical.assessment(current),
                    Canonical.assessment(changed));
            return repository.assessment(year, commitmentId).orElseThrow();
        });
    }

    public Evidence addEvidence(int year, String commitmentId, Inputs.NewEvidence in) {
        Checks checks = Checks.request();
        String editor = checks.text("editor", in.editor(), Checks.EDITOR_MAX);
        String claim = checks.text("claim", in.claim(), Checks.CLAIM_MAX);
        String title = checks.text("sourceTitle", in.sourceTitle(), Checks.SOURCE_TITLE_MAX);
        String url = checks.url("url", in.url());
        String published = checks.partialDate("publishedOn", in.publishedOn());
        checks.throwIfAny();
        return write(() -> {
            editionForChange(year);
            requireAssessment(year, commitmentId);
            Evidence evidence = new Evidence(year, commitmentId, repository.nextSeq("evidence", year, commitmentId),
                    claim, title, url, published);
            repository.insertEvidence(evidence);
            record(editor, year, "evidence", year + "/" + commitmentId + "/evidence/" + evidence.seq(), "create",
                    null, Canonical.evidence(evidence));
            return evidence;
        });
    }

    public CitedFigure addFigure(int year, String commitmentId, Inputs.NewFigure in) {
        Checks checks = Checks.request();
        String editor = checks.text("editor", in.editor(), Checks.EDITOR_MAX);
        String label = checks.text("label", in.label(), Checks.SOURCE_TITLE_MAX);
        String value = checks.figure("value", in.value());
        String unit = checks.optionalText("unit", in.unit(), 100);
        String period = checks.text("period", in.period(), 40);
        String title = checks.text("sourceTitle", in.sourceTitle(), Checks.SOURCE_TITLE_MAX);
        String url = checks.url("url", in.url());
        checks.throwIfAny();
        return write(() -> {
            editionForChange(year);
            requireAssessment(year, commitmentId);
            CitedFigure figure = new CitedFigure(year, commitmentId,
                    repository.nextSeq("cited_figure", year, commitmentId), label, value, unit, period, title, url);
            repository.insertFigure(figure);
            record(editor, year, "figure", year + "/" + commitmentId + "/figure/" + figure.seq(), "create", null,
                    Canonical.figure(figure));
            return figure;
        });
    }

    public EditionRecommendation saveRecommendation(int year, String recommendationId, Inputs.RecommendationChange in) {
        Checks checks = Checks.request();
        String editor = checks.text("editor", in.editor(), Checks.EDITOR_MAX);
        String id = checks.id("recommendationId", recommendationId);
        String text = checks.text("text", in.text(), Checks.SHORT_TEXT_MAX);
        String to = checks.text("addressedTo", in.addressedTo(), Checks.ADDRESSED_TO_MAX);
        RecommendationStatus status = checks.recommendationStatus("status", in.status());
        String note = checks.optionalText("statusNote", in.statusNote(), Checks.SHORT_TEXT_MAX);
        List<String> links = in.commitmentIds() == null ? List.of()
                : in.commitmentIds().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted().toList();
        checks.throwIfAny();
        return write(() -> {
            Edition edition = editionForChange(year);
            Checks linkChecks = Checks.request();
            var planCommitments = commitmentsOfPlan(edition.planId());
            var all = catalogue.commitments().stream().collect(Collectors.toMap(Commitment::id, Function.identity()));
            for (String link : links) {
                if (!all.containsKey(link)) {
                    linkChecks.add("commitmentIds", link, "no commitment with this id in the catalogue");
                } else if (!planCommitments.containsKey(link)) {
                    linkChecks.add("commitmentIds", link, "belongs to plan " + all.get(link).planId()
                            + ", but edition " + year + " assesses plan " + edition.planId());
                }
            }
            var identity = repository.recommendation(id);
            if (identity.isEmpty()) {
                Recommendation created = newIdentity(linkChecks, id, year, in);
                linkChecks.throwIfAny();
                repository.insertRecommendation(created);
            }
            linkChecks.throwIfAny();
            var existing = repository.editionRecommendation(year, id);
            if (existing.isEmpty()) {
                if (in.version() != null) {
                    throw new TrackerConflictException("recommendation " + id + " is not in edition " + year
                            + " any more; reload the page", null);
                }
                EditionRecommendation created = new EditionRecommendation(year, id, text, to, status, note, 1, links);
                repository.insertEditionRecommendation(created);
                record(editor, year, "recommendation", year + "/" + id, "create", null, recommendationTree(created));
                return repository.editionRecommendation(year, id).orElseThrow();
            }
            EditionRecommendation current = existing.get();
            if (in.version() == null || in.version() != current.version()) {
                throw staleVersion("recommendation " + id + " in edition " + year, current.version());
            }
            EditionRecommendation changed = new EditionRecommendation(year, id, text, to, status, note,
                    current.version() + 1, links);
            if (!repository.updateEditionRecommendation(changed, in.version())) {
                throw staleVersion("recommendation " + id + " in edition " + year, null);
            }
            record(editor, year, "recommendation", year + "/" + id, "update", recommendationTree(current),
                    recommendationTree(changed));
            return repository.editionRecommendation(year, id).orElseThrow();
        });
    }

    private Recommendation newIdentity(Checks checks, String id, int year, Inputs.RecommendationChange in) {
        String origin = in.origin() == null || in.origin().isBlank() ? Recommendation.ALLIANCE
                : checks.origin("origin", in.origin());
        String originPlan = in.originPlanId() == null || in.originPlanId().isBlank() ? null : in.originPlanId().strip();
        String ref = checks.optionalText("originRef", in.originRef(), 200);
        if (Recommendation.CARRIED_FORWARD.equals(origin)) {
            if (originPlan == null) {
                checks.add("originPlanId", "", "is required for a recommendation carried forward from an earlier plan");
            } else if (catalogue.plans().stream().map(Plan::id).noneMatch(originPlan::equals)) {
                checks.add("originPlanId", originPlan, "no plan with this id in the catalogue");
            }
        } else if (originPlan != null) {
            checks.add("originPlanId", originPlan, "only a recommendation carried forward from a plan names one");
        }
        return new Recommendation(id, origin, Recommendation.ALLIANCE.equals(origin) ? null : originPlan,
                ref == null ? "" : ref, year);
    }

    /** The SHA-256 of the edition's canonical snapshot as it is stored now. */
    public String contentHash(Edition edition) {
        Map<String, Recommendation> identities = repository.recommendations().stream()
                .collect(Collectors.toMap(Recommendation::id, Function.identity()));
        return Canonical.contentHash(edition, repository.assessments(edition.year()),
                repository.editionRecommendations(edition.year()), identities);
    }

    private Edition editionForChange(int year) {
        Edition edition = repository.edition(year)
                .orElseThrow(() -> new TrackerNotFoundException("no edition " + year));
        if (edition.published()) {
            throw new TrackerConflictException("edition " + year + " is published and cannot be changed; "
                    + "corrections go into the next edition", edition.version());
        }
        return edition;
    }

    private void requireCommitmentOfPlan(Edition edition, String commitmentId, String field) {
        Commitment commitment = catalogue.commitments().stream().filter(c -> c.id().equals(commitmentId))
                .findFirst().orElse(null);
        Checks checks = Checks.request();
        if (commitment == null) {
            checks.add(field, commitmentId, "no commitment with this id in the catalogue");
        } else if (!commitment.planId().equals(edition.planId())) {
            checks.add(field, commitmentId, "belongs to plan " + commitment.planId() + ", but edition "
                    + edition.year() + " assesses plan " + edition.planId());
        }
        checks.throwIfAny();
    }

    private void requireAssessment(int year, String commitmentId) {
        if (repository.assessment(year, commitmentId).isEmpty()) {
            throw new TrackerNotFoundException("edition " + year + " has no assessment of " + commitmentId
                    + "; save the assessment before adding evidence");
        }
    }

    private Map<String, Commitment> commitmentsOfPlan(String planId) {
        return catalogue.commitments().stream().filter(c -> c.planId().equals(planId))
                .collect(Collectors.toMap(Commitment::id, Function.identity()));
    }

    private static TrackerConflictException staleVersion(String what, Integer current) {
        return new TrackerConflictException(what + " was changed by someone else after you loaded it"
                + (current == null ? "" : " (now version " + current + ")")
                + ". Nothing was saved: reload, re-apply your change and save again.", current);
    }

    private static Map<String, Object> recommendationTree(EditionRecommendation r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("text", r.text());
        m.put("addressed_to", r.addressedTo());
        m.put("status", r.status().code());
        m.put("status_note", r.statusNote());
        m.put("commitment_ids", r.commitmentIds());
        return m;
    }

    private void record(String editor, int year, String entity, String key, String action, Object before,
            Object after) {
        repository.insertChange(new TrackerChange(OffsetDateTime.now(clock), editor, year, entity, key, action,
                before == null ? null : Canonical.json(before), after == null ? null : Canonical.json(after)));
    }

    /** Runs a change in one transaction; a freeze-trigger refusal from the database becomes a conflict. */
    private <T> T write(java.util.function.Supplier<T> change) {
        try {
            return transactions.execute(status -> change.get());
        } catch (org.springframework.dao.ConcurrencyFailureException
                | org.springframework.dao.DuplicateKeyException e) {
            // two saves raced inside the database (row lock, serialisation failure, same new key)
            throw new TrackerConflictException("the same item was changed by someone else at the same moment. "
                    + "Nothing was saved: reload, re-apply your change and save again.");
        } catch (DataAccessException e) {
            String frozen = FrozenEdition.rejection(e);
            if (frozen != null) {
                throw new TrackerConflictException(frozen);
            }
            throw e;
        }
    }
}
