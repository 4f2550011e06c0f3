package org.rarewatch.app.dashboard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.figures.FigureSnapshot;
import org.rarewatch.app.figures.FiguresReference;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.TrackerQueries;
import org.springframework.stereotype.Component;

/**
 * Commitments and the status the latest published edition gave each, read once per figure snapshot (whose
 * version follows every tracker write) for the dashboard's tables.
 */
@Component
class CommitmentStatuses {

    /** What the dashboard's tables need from the tracker. */
    record Statuses(Map<String, Commitment> commitments, Map<String, String> latestAssessment) {

        Optional<Commitment> commitment(String id) {
            return Optional.ofNullable(commitments.get(id));
        }

        /** "Some progress (2020 edition)", or "Not assessed in a published edition". */
        String latestAssessment(String commitmentId) {
            return latestAssessment.getOrDefault(commitmentId, "Not assessed in a published edition");
        }
    }

    private final TrackerQueries tracker;
    private final FiguresReference reference;

    CommitmentStatuses(TrackerQueries tracker, FiguresReference reference) {
        this.tracker = tracker;
        this.reference = reference;
    }

    FiguresReference reference() {
        return reference;
    }

    Statuses of(FigureSnapshot s) {
        return s.view("commitment statuses", snap -> read());
    }

    private Statuses read() {
        Map<String, String> latest = new HashMap<>();
        tracker.editions().stream().filter(Edition::published)
                .sorted(Comparator.comparingInt(Edition::year).reversed())
                .forEach(e -> tracker.editionView(e.year()).assessments().forEach(a -> latest.putIfAbsent(
                        a.commitment().id(), a.assessment().status().label() + " (" + e.year() + " edition)")));
        return new Statuses(tracker.commitments(), latest);
    }
}
