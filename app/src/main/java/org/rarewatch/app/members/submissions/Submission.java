package org.rarewatch.app.members.submissions;

import java.time.OffsetDateTime;
import java.util.List;
import org.rarewatch.app.tracker.AssessmentStatus;

/** One organisation's evidence for one commitment in one edition. */
public record Submission(long id, long organisationId, String organisationName, int editionYear,
        String commitmentId, String claim, String sourceTitle, String url, String publishedOn,
        List<String> cancerGroups, AssessmentStatus suggestedStatus, State state, String decisionReason,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime submittedAt, String decidedBy,
        Integer evidenceSeq, int version) {

    public enum State {
        DRAFT("draft", "Draft"), SUBMITTED("submitted", "Submitted"), ACCEPTED("accepted", "Accepted"),
        REJECTED("rejected", "Rejected");

        private final String code;
        private final String label;

        State(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        static State of(String code) {
            for (State s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }

    /** What a member types (form or JSON); every field is checked by {@link SubmissionService}. */
    public record Input(Integer year, String commitmentId, String claim, String sourceTitle, String url,
            String publishedOn, List<String> cancerGroups, String suggestedStatus) {
    }
}
