package org.rarewatch.app.tracker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rarewatch.app.catalogue.CatalogueRepository;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.catalogue.Plan;
import org.springframework.stereotype.Service;

/** Read side of the tracker: an edition with its content, a commitment's story, the diff of two editions. */
@Service
public class TrackerQueries {

    private final TrackerRepository repository;
    private final CatalogueRepository catalogue;

    public TrackerQueries(TrackerRepository repository, CatalogueRepository catalogue) {
        this.repository = repository;
        this.catalogue = catalogue;
    }

    public record AssessmentView(Assessment assessment, Commitment commitment, List<EditionRecommendation> recommendations) {
    }

    public record RecommendationView(Recommendation identity, EditionRecommendation current,
            List<EditionRecommendation> history) {
    }

    public record EditionView(Edition edition, Plan plan, List<AssessmentView> assessments,
            List<RecommendationView> recommendations) {
    }

    public List<Edition> editions() {
        return repository.editions();
    }

    public Edition edition(int year) {
        return repository.edition(year).orElseThrow(() -> new TrackerNotFoundException("no edition " + year));
    }

    public EditionView editionView(int year) {
        Edition edition = edition(year);
        Map<String, Commitment> commitments = commitments();
        List<EditionRecommendation> recs = repository.editionRecommendations(year);
        Map<String, Recommendation> identities = identities();
        List<EditionRecommendation> all = repository.editionRecommendations();
        List<AssessmentView> assessments = repository.assessments(year).stream()
                .map(a -> new AssessmentView(a, commitments.get(a.commitmentId()),
                        recs.stream().filter(r -> r.commitmentIds().contains(a.commitmentId())).toList()))
                .toList();
        List<RecommendationView> recommendations = recs.stream()
                .map(r -> new RecommendationView(identities.get(r.recommendationId()), r,
                        all.stream().filter(h -> h.recommendationId().equals(r.recommendationId())).toList()))
                .toList();
        return new EditionView(edition, plan(edition.planId()), assessments, recommendations);
    }

    public List<RecommendationView> recommendations() {
        List<EditionRecommendation> all = repository.editionRecommendations();
        return repository.recommendations().stream().map(identity -> {
            List<EditionRecommendation> history = all.stream()
                    .filter(r -> r.recommendationId().equals(identity.id())).toList();
            return new RecommendationView(identity, history.isEmpty() ? null : history.get(history.size() - 1),
                    history);
        }).toList();
    }

    // ---- story

    /** One dated event in a commitment's story. */
    public record StoryEvent(String date, String kind, Integer editionYear, String title, String detail) {
    }

    public record EditionChapter(Edition edition, Assessment assessment, List<EditionRecommendation> recommendations) {
    }

    public record Story(Commitment commitment, Plan plan, List<EditionChapter> editions,
            List<RecommendationView> recommendations, List<TrackerChange> changes, List<StoryEvent> timeline) {
    }

    public Story story(String commitmentId) {
        Commitment commitment = Optional.ofNullable(commitments().get(commitmentId))
                .orElseThrow(() -> new TrackerNotFoundException("no commitment " + commitmentId));
        Plan plan = plan(commitment.planId());
        Map<Integer, Edition> editions = repository.editions().stream()
                .collect(Collectors.toMap(Edition::year, Function.identity()));
        List<EditionRecommendation> allRecs = repository.editionRecommendations();
        List<EditionChapter> chapters = new ArrayList<>();
        for (Assessment a : repository.assessmentsOfCommitment(commitmentId)) {
            chapters.add(new EditionChapter(editions.get(a.editionYear()), a, allRecs.stream()
                    .filter(r -> r.editionYear() == a.editionYear() && r.commitmentIds().contains(commitmentId))
                    .toList()));
        }
        Set<String> recIds = allRecs.stream().filter(r -> r.commitmentIds().contains(commitmentId))
                .map(EditionRecommendation::recommendationId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Recommendation> identities = identities();
        List<RecommendationView> recommendations = recIds.stream().map(id -> {
            List<EditionRecommendation> history = allRecs.stream().filter(r -> r.recommendationId().equals(id)).toList();
            return new RecommendationView(identities.get(id), history.get(history.size() - 1), history);
        }).toList();
        List<TrackerChange> changes = new ArrayList<>();
        for (EditionChapter chapter : chapters) {
            changes.addAll(repository.changesUnder(chapter.edition().year() + "/" + commitmentId));
        }
        changes.sort(Comparator.comparing(TrackerChange::changedAt));

        List<StoryEvent> timeline = new ArrayList<>();
        timeline.add(new StoryEvent(plan.published(), "origin", null, "Committed in " + plan.title(),
                commitment.summary()));
        for (EditionChapter c : chapters) {
            Assessment a = c.assessment();
            timeline.add(new StoryEvent(c.edition().asOf().toString(), "assessment", c.edition().year(),
                    c.edition().title() + ": " + a.status().label()
                            + (c.edition().published() ? "" : " (" + c.edition().state().label().toLowerCase() + ")"),
                    a.rationale()));
            for (Evidence e : a.evidence()) {
                timeline.add(new StoryEvent(e.publishedOn(), "evidence", c.edition().year(), e.sourceTitle(),
                        e.claim()));
            }
            for (EditionRecommendation r : c.recommendations()) {
                timeline.add(new StoryEvent(c.edition().asOf().toString(), "recommendation", c.edition().year(),
                        "Recommendation " + r.recommendationId() + " (" + r.status().label() + ", to "
                                + r.addressedTo() + ")", r.text()));
            }
        }
        for (TrackerChange ch : changes) {
            timeline.add(new StoryEvent(ch.changedAt().toLocalDate().toString(), "change", ch.editionYear(),
                    ch.action() + " " + ch.entity() + " " + ch.entityKey() + " by " + ch.changedBy(), ""));
        }
        timeline.sort(Comparator.comparing(StoryEvent::date));
        return new Story(commitment, plan, chapters, recommendations, changes, timeline);
    }

    // ---- diff

    public record StatusChange(String commitmentId, String summary, AssessmentStatus from, AssessmentStatus to) {
    }

    public record RecommendationChange(String recommendationId, RecommendationStatus from, RecommendationStatus to,
            String text) {
    }

    public record Diff(Edition from, Edition to, List<StatusChange> statusChanged, List<StatusChange> unchanged,
            List<StatusChange> newAssessments, List<StatusChange> droppedAssessments,
            List<RecommendationChange> recommendationStatusChanged, List<RecommendationChange> newRecommendations,
            List<RecommendationChange> droppedRecommendations) {
    }

    public Diff diff(int fromYear, int toYear) {
        Edition from = edition(fromYear);
        Edition to = edition(toYear);
        Map<String, Commitment> commitments = commitments();
        Map<String, Assessment> a = byCommitment(repository.assessments(fromYear));
        Map<String, Assessment> b = byCommitment(repository.assessments(toYear));
        List<StatusChange> changed = new ArrayList<>();
        List<StatusChange> same = new ArrayList<>();
        List<StatusChange> added = new ArrayList<>();
        List<StatusChange> dropped = new ArrayList<>();
        for (var e : a.entrySet()) {
            Assessment next = b.get(e.getKey());
            StatusChange change = new StatusChange(e.getKey(), commitments.get(e.getKey()).summary(),
                    e.getValue().status(), next == null ? null : next.status());
            (next == null ? dropped : next.status() == e.getValue().status() ? same : changed).add(change);
        }
        for (var e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                added.add(new StatusChange(e.getKey(), commitments.get(e.getKey()).summary(), null,
                        e.getValue().status()));
            }
        }
        Map<String, EditionRecommendation> ra = byId(repository.editionRecommendations(fromYear));
        Map<String, EditionRecommendation> rb = byId(repository.editionRecommendations(toYear));
        List<RecommendationChange> recChanged = new ArrayList<>();
        List<RecommendationChange> recAdded = new ArrayList<>();
        List<RecommendationChange> recDropped = new ArrayList<>();
        for (var e : ra.entrySet()) {
            EditionRecommendation next = rb.get(e.getKey());
            if (next == null) {
                recDropped.add(new RecommendationChange(e.getKey(), e.getValue().status(), null, e.getValue().text()));
            } else if (next.status() != e.getValue().status()) {
                recChanged.add(new RecommendationChange(e.getKey(), e.getValue().status(), next.status(), next.text()));
            }
        }
        for (var e : rb.entrySet()) {
            if (!ra.containsKey(e.getKey())) {
                recAdded.add(new RecommendationChange(e.getKey(), null, e.getValue().status(), e.getValue().text()));
            }
        }
        return new Diff(from, to, changed, same, added, dropped, recChanged, recAdded, recDropped);
    }

    private static Map<String, Assessment> byCommitment(List<Assessment> list) {
        Map<String, Assessment> m = new LinkedHashMap<>();
        list.forEach(x -> m.put(x.commitmentId(), x));
        return m;
    }

    private static Map<String, EditionRecommendation> byId(List<EditionRecommendation> list) {
        Map<String, EditionRecommendation> m = new LinkedHashMap<>();
        list.forEach(x -> m.put(x.recommendationId(), x));
        return m;
    }

    // ---- catalogue lookups

    public Map<String, Commitment> commitments() {
        Map<String, Commitment> m = new LinkedHashMap<>();
        catalogue.commitments().forEach(c -> m.put(c.id(), c));
        return m;
    }

    public List<Commitment> commitmentsOfPlan(String planId) {
        return catalogue.commitments().stream().filter(c -> c.planId().equals(planId)).toList();
    }

    public List<Plan> plans() {
        return catalogue.plans();
    }

    public Plan plan(String id) {
        return catalogue.plans().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new TrackerNotFoundException("no plan " + id));
    }

    private Map<String, Recommendation> identities() {
        return repository.recommendations().stream().collect(Collectors.toMap(Recommendation::id, Function.identity()));
    }

}
