package org.rarewatch.app.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.catalogue.Plan;
import org.rarewatch.app.tracker.Assessment;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.EditionRecommendation;
import org.rarewatch.app.tracker.Recommendation;
import org.rarewatch.app.tracker.TrackerQueries;

/**
 * Everything the annual report shows, read from one edition's frozen snapshot. The document writer only
 * formats this; it looks nothing up.
 *
 * @param snapshotHash  SHA-256 of the edition's canonical content (checked against the stored hash when published)
 * @param documentDate  date written into the PDF: the publication date, or the as-of date of a draft
 * @param previous      the latest earlier published edition, or null when this is the first
 */
public record ReportModel(Edition edition, Plan plan, boolean draft, String snapshotHash, Instant documentDate,
        Map<AssessmentStatus, Integer> statusCounts, List<Theme> themes, List<RecommendationEntry> recommendations,
        Edition previous, TrackerQueries.Diff diff, List<FigureChange> figureChanges, List<DatasetEntry> datasets,
        List<String> definitions, String disclosurePolicy, String disclosureSummary, List<ReleaseEntry> releases) {

    /** One theme (early diagnosis, workforce…) with the commitments assessed under it, in catalogue order. */
    public record Theme(String id, String label, List<CommitmentSection> commitments) {
    }

    public record CommitmentSection(Commitment commitment, Assessment assessment, List<ControlledFigure> figures,
            List<ChartEntry> charts, List<String> recommendationIds) {
    }

    /** A chart already rendered to SVG, with its data table and description. */
    public record ChartEntry(org.rarewatch.app.render.RenderedChart chart) {
    }

    /**
     * A recommendation in this edition, with its statuses in this and earlier editions (oldest first).
     * {@code isNew}: first made in this edition by the alliance.
     */
    public record RecommendationEntry(Recommendation identity, EditionRecommendation current,
            List<EditionRecommendation> history, boolean isNew) {
    }

    /** A cited figure that is new, dropped or has a different value from the previous edition. */
    public record FigureChange(String commitmentId, String label, String before, String after) {
    }

    public record DatasetEntry(String dataset, String version, String source, String sha256, int rows) {
    }

    /** A data release (registry or waiting-times extract) loaded into the database, with its provenance. */
    public record ReleaseEntry(String name, String version, String source, String sha256) {
    }

    public int assessed() {
        return statusCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<ControlledFigure> allFigures() {
        return themes.stream().flatMap(t -> t.commitments().stream()).flatMap(c -> c.figures().stream()).toList();
    }
}
