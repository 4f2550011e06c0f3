package org.rarewatch.app.tracker.api;

import java.util.List;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.catalogue.Plan;
import org.rarewatch.app.tracker.Assessment;
import org.rarewatch.app.tracker.CitedFigure;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.EditionRecommendation;
import org.rarewatch.app.tracker.Evidence;
import org.rarewatch.app.tracker.TrackerChange;
import org.rarewatch.app.tracker.TrackerQueries;

/** The JSON shapes of /api/v1: plain records with statuses as their stable codes. */
public final class ApiModel {

    private ApiModel() {
    }

    public record PlanJson(String id, String title, String publisher, String published, String period, String url,
            String dataQuality, String dataQualityNote) {
        static PlanJson of(Plan p) {
            return new PlanJson(p.id(), p.title(), p.publisher(), p.published(), p.period(), p.url(),
                    p.quality().name(), p.qualityNote());
        }
    }

    public record CommitmentJson(String id, String planId, String theme, String summary, String targetValue,
            String targetUnit, String targetDate, String relevance, String relevanceNote, String sourceUrl,
            String dataQuality, String dataQualityNote, String storyUrl) {
        static CommitmentJson of(Commitment c) {
            return new CommitmentJson(c.id(), c.planId(), c.theme(), c.summary(), c.targetValue(), c.targetUnit(),
                    c.targetDate(), c.relevance(), c.relevanceNote(), c.sourceUrl(), c.quality().name(),
                    c.qualityNote(), "/api/v1/commitments/" + c.id() + "/story");
        }
    }

    public record EditionSummaryJson(int year, String title, String asOf, String planId, String state,
            String stateLabel, String note, String contentHash, String publishedAt, int version, String url) {
        static EditionSummaryJson of(Edition e) {
            return new EditionSummaryJson(e.year(), e.title(), e.asOf().toString(), e.planId(), e.state().code(),
                    e.state().label(), e.note(), e.contentHash(),
                    e.publishedAt() == null ? null : e.publishedAt().toString(), e.version(),
                    "/api/v1/editions/" + e.year());
        }
    }

    public record EvidenceJson(int seq, String claim, String sourceTitle, String url, String publishedOn) {
        static EvidenceJson of(Evidence e) {
            return new EvidenceJson(e.seq(), e.claim(), e.sourceTitle(), e.url(), e.publishedOn());
        }
    }

    public record FigureJson(int seq, String label, String value, String unit, String period, String sourceTitle,
            String url) {
        static FigureJson of(CitedFigure f) {
            return new FigureJson(f.seq(), f.label(), f.value(), f.unit(), f.period(), f.sourceTitle(), f.url());
        }
    }

    public record RecommendationJson(String id, int editionYear, String text, String addressedTo, String status,
            String statusLabel, String statusNote, List<String> commitmentIds, int version) {
        static RecommendationJson of(EditionRecommendation r) {
            return new RecommendationJson(r.recommendationId(), r.editionYear(), r.text(), r.addressedTo(),
                    r.status().code(), r.status().label(), r.statusNote(), r.commitmentIds(), r.version());
        }
    }

    public record AssessmentJson(int editionYear, String commitmentId, String commitmentSummary, String status,
            String statusLabel, String rationale, String rlcMeaning, List<String> contextFlags, int version,
            List<EvidenceJson> evidence, List<FigureJson> figures, List<RecommendationJson> recommendations) {
        static AssessmentJson of(Assessment a, String summary, List<EditionRecommendation> recs) {
            return new AssessmentJson(a.editionYear(), a.commitmentId(), summary, a.status().code(),
                    a.status().label(), a.rationale(), a.rlcMeaning(), a.contextFlags(), a.version(),
                    a.evidence().stream().map(EvidenceJson::of).toList(),
                    a.figures().stream().map(FigureJson::of).toList(),
                    recs.stream().map(RecommendationJson::of).toList());
        }
    }

    /** A recommendation with its origin and its status in every edition that carried it. */
    public record RecommendationHistoryJson(String id, String origin, String originPlanId, String originRef,
            int firstEdition, RecommendationJson current, List<RecommendationJson> history) {
        static RecommendationHistoryJson of(TrackerQueries.RecommendationView v) {
            return new RecommendationHistoryJson(v.identity().id(), v.identity().origin(),
                    v.identity().originPlanId(), v.identity().originRef(), v.identity().firstEdition(),
                    v.current() == null ? null : RecommendationJson.of(v.current()),
                    v.history().stream().map(RecommendationJson::of).toList());
        }
    }

    public record EditionJson(EditionSummaryJson edition, PlanJson plan, List<AssessmentJson> assessments,
            List<RecommendationHistoryJson> recommendations) {
        static EditionJson of(TrackerQueries.EditionView v) {
            return new EditionJson(EditionSummaryJson.of(v.edition()), PlanJson.of(v.plan()),
                    v.assessments().stream().map(a -> AssessmentJson.of(a.assessment(), a.commitment().summary(),
                            a.recommendations())).toList(),
                    v.recommendations().stream().map(RecommendationHistoryJson::of).toList());
        }
    }

    public record ChangeJson(String changedAt, String changedBy, int editionYear, String entity, String entityKey,
            String action, String before, String after) {
        static ChangeJson of(TrackerChange c) {
            return new ChangeJson(c.changedAt().toString(), c.changedBy(), c.editionYear(), c.entity(), c.entityKey(),
                    c.action(), c.beforeJson(), c.afterJson());
        }
    }

    public record StoryEditionJson(EditionSummaryJson edition, AssessmentJson assessment) {
    }

    public record StoryJson(CommitmentJson commitment, PlanJson plan, List<StoryEditionJson> editions,
            List<RecommendationHistoryJson> recommendations, List<ChangeJson> changes,
            List<TrackerQueries.StoryEvent> timeline) {
        static StoryJson of(TrackerQueries.Story s) {
            return new StoryJson(CommitmentJson.of(s.commitment()), PlanJson.of(s.plan()),
                    s.editions().stream().map(c -> new StoryEditionJson(EditionSummaryJson.of(c.edition()),
                            AssessmentJson.of(c.assessment(), s.commitment().summary(), c.recommendations())))
                            .toList(),
                    s.recommendations().stream().map(RecommendationHistoryJson::of).toList(),
                    s.changes().stream().map(ChangeJson::of).toList(), s.timeline());
        }
    }

    public record StatusChangeJson(String commitmentId, String summary, String from, String to) {
        static StatusChangeJson of(TrackerQueries.StatusChange c) {
            return new StatusChangeJson(c.commitmentId(), c.summary(), c.from() == null ? null : c.from().code(),
                    c.to() == null ? null : c.to().code());
        }
    }

    public record RecommendationChangeJson(String recommendationId, String from, String to, String text) {
        static RecommendationChangeJson of(TrackerQueries.RecommendationChange c) {
            return new RecommendationChangeJson(c.recommendationId(), c.from() == null ? null : c.from().code(),
                    c.to() == null ? null : c.to().code(), c.text());
        }
    }

    public record DiffJson(EditionSummaryJson from, EditionSummaryJson to, List<StatusChangeJson> statusChanged,
            List<StatusChangeJson> unchanged, List<StatusChangeJson> newAssessments,
            List<StatusChangeJson> droppedAssessments, List<RecommendationChangeJson> recommendationStatusChanged,
            List<RecommendationChangeJson> newRecommendations, List<RecommendationChangeJson> droppedRecommendations) {
        static DiffJson of(TrackerQueries.Diff d) {
            return new DiffJson(EditionSummaryJson.of(d.from()), EditionSummaryJson.of(d.to()),
                    d.statusChanged().stream().map(StatusChangeJson::of).toList(),
                    d.unchanged().stream().map(StatusChangeJson::of).toList(),
                    d.newAssessments().stream().map(StatusChangeJson::of).toList(),
                    d.droppedAssessments().stream().map(StatusChangeJson::of).toList(),
                    d.recommendationStatusChanged().stream().map(RecommendationChangeJson::of).toList(),
                    d.newRecommendations().stream().map(RecommendationChangeJson::of).toList(),
                    d.droppedRecommendations().stream().map(RecommendationChangeJson::of).toList());
        }
    }

    public record ProblemJson(String field, String value, String reason) {
    }

    public record ErrorJson(int status, String error, String message, Integer currentVersion,
            List<ProblemJson> problems) {
    }

}
