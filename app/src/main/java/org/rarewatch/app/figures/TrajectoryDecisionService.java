package org.rarewatch.app.figures;

import java.util.Set;
import org.springframework.stereotype.Service;

/** Checks and records an editor's decision on a suggested trajectory status. */
@Service
public class TrajectoryDecisionService {

    private static final Set<String> STATUSES = TrajectoryDecision.STATUS_LABELS.keySet();

    private final FigureService figures;
    private final TrajectoryDecisions store;

    public TrajectoryDecisionService(FigureService figures, TrajectoryDecisions store) {
        this.figures = figures;
        this.store = store;
    }

    /**
     * @param decision {@code accepted} (the suggested status stands) or {@code overridden} (with another
     *                 status and a reason)
     * @throws IllegalArgumentException with a message for the editor when the request cannot be recorded
     */
    public TrajectoryDecision decide(String commitmentId, String linkKey, String scope, String decision,
            String status, String reason, String editor) {
        CommitmentTrajectory t = figures.snapshot().trajectoriesOf(commitmentId).stream()
                .filter(x -> x.link().key().equals(linkKey) && x.scope().equals(scope)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("commitment " + commitmentId
                        + " has no trajectory " + linkKey + " for " + scope));
        String suggested = t.trajectory().suggested().id();
        String why = reason == null ? "" : reason.strip();
        if (why.length() > TrajectoryDecisions.MAX_REASON) {
            throw new IllegalArgumentException("the reason is longer than " + TrajectoryDecisions.MAX_REASON
                    + " characters");
        }
        String decided;
        if (TrajectoryDecision.ACCEPTED.equals(decision)) {
            decided = suggested;
        } else if (TrajectoryDecision.OVERRIDDEN.equals(decision)) {
            if (!STATUSES.contains(status)) {
                throw new IllegalArgumentException("choose the status that replaces the suggestion: on_track, "
                        + "off_track or cannot_tell");
            }
            if (status.equals(suggested)) {
                throw new IllegalArgumentException("an override must change the suggested status; accept it instead");
            }
            if (why.isEmpty()) {
                throw new IllegalArgumentException("give the reason for overriding the suggested status");
            }
            decided = status;
        } else {
            throw new IllegalArgumentException("decision must be accepted or overridden");
        }
        store.record(t, decision, decided, why, editor);
        figures.invalidate();
        return store.current().get(TrajectoryDecisions.key(linkKey, scope));
    }
}
