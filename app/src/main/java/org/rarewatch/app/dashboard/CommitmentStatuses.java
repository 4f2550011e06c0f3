package org.rarewatch.app.dashboard;

import java.util.Comparator;
import java.util.Optional;
import org.rarewatch.app.catalogue.Commitment;
import org.rarewatch.app.figures.FiguresReference;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.TrackerQueries;
import org.springframework.stereotype.Component;

/** Commitments and the status the latest published edition gave each, for the dashboard's tables. */
@Component
class CommitmentStatuses {

    private final TrackerQueries tracker;
    private final FiguresReference reference;

    CommitmentStatuses(TrackerQueries tracker, FiguresReference reference) {
        this.tracker = tracker;
        this.reference = reference;
    }

    FiguresReference reference() {
        return reference;
    }

    Optional<Commitment> commitment(String id) {
        return Optional.ofNullable(tracker.commitments().get(id));
    }

    /** "Some progress (2020 edition)", or "Not assessed in a published edition". */
    String latestAssessment(String commitmentId) {
        return tracker.editions().stream().filter(Edition::published)
                .sorted(Comparator.comparingInt(Edition::year).reversed())
                .flatMap(e -> tracker.editionView(e.year()).assessments().stream()
                        .filter(a -> a.commitment().id().equals(commitmentId))
                        .map(a -> a.assessment().status().label() + " (" + e.year() + " edition)"))
                .findFirst().orElse("Not assessed in a published edition");
    }
}
