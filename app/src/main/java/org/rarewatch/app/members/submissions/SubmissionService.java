package org.rarewatch.app.members.submissions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.members.AuditLog;
import org.rarewatch.app.members.Role;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.Checks;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.EditionState;
import org.rarewatch.app.tracker.Inputs;
import org.rarewatch.app.tracker.TrackerConflictException;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.app.tracker.TrackerRepository;
import org.rarewatch.app.tracker.TrackerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission workflow. Members write drafts and submit them only while the edition is open for
 * evidence; a member only ever sees or changes its own organisation's submissions (another
 * organisation's id is simply "not found"). Editors see submitted ones and accept or reject them.
 */
@Service
public class SubmissionService {

    private final SubmissionRepository repository;
    private final AccountRepository accounts;
    private final TrackerQueries tracker;
    private final TrackerRepository trackerRepository;
    private final TrackerService trackerService;
    private final AuditLog audit;
    private final Clock clock;

    SubmissionService(SubmissionRepository repository, AccountRepository accounts, TrackerQueries tracker,
            TrackerRepository trackerRepository, TrackerService trackerService, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.tracker = tracker;
        this.trackerRepository = trackerRepository;
        this.trackerService = trackerService;
        this.audit = audit;
        this.clock = clock;
    }

    /** Editions members can submit evidence to now. */
    public List<Edition> openEditions() {
        return tracker.editions().stream().filter(e -> e.state() == EditionState.OPEN).toList();
    }

    public List<Submission> own(AccountPrincipal member) {
        return repository.ofOrganisation(organisationOf(member));
    }

    public Submission ownOne(AccountPrincipal member, long id) {
        return repository.findOwn(id, organisationOf(member))
                .orElseThrow(() -> new TrackerNotFoundException("no submission " + id + " of your organisation"));
    }

    @Transactional
    public Submission create(AccountPrincipal member, Submission.Input in) {
        long org = organisationOf(member);
        Valid v = check(in);
        long id = repository.insert(org, v.year, v.commitmentId, v.claim, v.sourceTitle, v.url, v.publishedOn,
                String.join("; ", v.groups), v.status, member.username(), now());
        Submission created = repository.find(id).orElseThrow();
        audit.record(member.username(), "submission", key(created), "create", null, describe(created));
        return created;
    }

    @Transactional
    public Submission update(AccountPrincipal member, long id, Integer version, Submission.Input in) {
        Submission before = ownOne(member, id);
        requireDraftInOpenEdition(before);
        Valid v = check(new Submission.Input(before.editionYear(), before.commitmentId(), in.claim(), in.sourceTitle(),
                in.url(), in.publishedOn(), in.cancerGroups(), in.suggestedStatus()));
        if (!repository.updateDraft(id, before.organisationId(), version == null ? before.version() : version, v.claim,
                v.sourceTitle, v.url, v.publishedOn, String.join("; ", v.groups), v.status)) {
            throw new TrackerConflictException("submission " + id + " was changed by someone else; reload it");
        }
        Submission after = repository.find(id).orElseThrow();
        audit.record(member.username(), "submission", key(after), "update", describe(before), describe(after));
        return after;
    }

    @Transactional
    public Submission submit(AccountPrincipal member, long id) {
        Submission before = ownOne(member, id);
        requireDraftInOpenEdition(before);
        if (!repository.submit(id, before.organisationId(), now())) {
            throw new TrackerConflictException("submission " + id + " is no longer a draft");
        }
        Submission after = repository.find(id).orElseThrow();
        audit.record(member.username(), "submission", key(after), "submit", describe(before), describe(after));
        return after;
    }

    /** Accepts a submitted item: it becomes evidence of the assessment, attributed to the organisation. */
    @Transactional
    public Submission accept(AccountPrincipal editor, long id) {
        Submission before = submitted(id);
        if (trackerRepository.assessment(before.editionYear(), before.commitmentId()).isEmpty()) {
            trackerService.saveAssessment(before.editionYear(), before.commitmentId(), new Inputs.AssessmentChange(
                    editor.displayName(), AssessmentStatus.NOT_YET_ASSESSED.code(), "", "", List.of(), null));
        }
        String attributed = attributed(before.sourceTitle(), before.organisationName());
        var evidence = trackerService.addEvidence(before.editionYear(), before.commitmentId(), new Inputs.NewEvidence(
                editor.displayName(), before.claim(), attributed, before.url(), before.publishedOn()));
        if (!repository.decide(id, "accepted", null, editor.username(), now(), evidence.seq())) {
            throw new TrackerConflictException("submission " + id + " was decided by someone else");
        }
        Submission after = repository.find(id).orElseThrow();
        audit.record(editor.username(), "submission", key(after), "accept", describe(before), describe(after));
        return after;
    }

    @Transactional
    public Submission reject(AccountPrincipal editor, long id, String reason) {
        Submission before = submitted(id);
        Checks checks = Checks.request();
        String r = checks.text("reason", reason, Checks.SHORT_TEXT_MAX);
        checks.throwIfAny();
        if (!repository.decide(id, "rejected", r, editor.username(), now(), null)) {
            throw new TrackerConflictException("submission " + id + " was decided by someone else");
        }
        Submission after = repository.find(id).orElseThrow();
        audit.record(editor.username(), "submission", key(after), "reject", describe(before), describe(after));
        return after;
    }

    /** Submitted, accepted and rejected items per edition and commitment, with how far members agree. */
    public List<CommitmentSubmissions> forEditor() {
        Map<String, List<Submission>> grouped = new TreeMap<>();
        for (Submission s : repository.forEditor()) {
            grouped.computeIfAbsent(s.editionYear() + "/" + s.commitmentId(), k -> new ArrayList<>()).add(s);
        }
        return grouped.values().stream().map(list -> new CommitmentSubmissions(list.get(0).editionYear(),
                list.get(0).commitmentId(), list, agreement(list))).toList();
    }

    /**
     * Suggested statuses of the submissions still standing (submitted or accepted), with the organisations
     * suggesting each; one entry means the members agree.
     */
    static Map<AssessmentStatus, List<String>> agreement(List<Submission> submissions) {
        Map<AssessmentStatus, List<String>> byStatus = new LinkedHashMap<>();
        submissions.stream().filter(s -> s.state() != Submission.State.REJECTED)
                .forEach(s -> byStatus.computeIfAbsent(s.suggestedStatus(), k -> new ArrayList<>())
                        .add(s.organisationName()));
        byStatus.replaceAll((k, v) -> v.stream().distinct().toList());
        return byStatus;
    }

    public record CommitmentSubmissions(int editionYear, String commitmentId, List<Submission> submissions,
            Map<AssessmentStatus, List<String>> suggestions) {

        public boolean agree() {
            return suggestions.size() <= 1;
        }
    }

    static String attributed(String sourceTitle, String organisation) {
        String suffix = " (evidence submitted by " + organisation + ")";
        int room = Math.max(0, Checks.SOURCE_TITLE_MAX - suffix.length());
        String full = (sourceTitle.length() > room ? sourceTitle.substring(0, room) : sourceTitle) + suffix;
        return full.length() > Checks.SOURCE_TITLE_MAX ? full.substring(0, Checks.SOURCE_TITLE_MAX) : full;
    }

    private Submission submitted(long id) {
        Submission s = repository.find(id).filter(x -> x.state() != Submission.State.DRAFT)
                .orElseThrow(() -> new TrackerNotFoundException("no submitted evidence " + id));
        if (s.state() != Submission.State.SUBMITTED) {
            throw new TrackerConflictException("submission " + id + " is already " + s.state().code());
        }
        return s;
    }

    private void requireDraftInOpenEdition(Submission s) {
        if (s.state() != Submission.State.DRAFT) {
            throw new TrackerConflictException("submission " + s.id() + " is " + s.state().code()
                    + " and can no longer be changed");
        }
        Edition edition = tracker.edition(s.editionYear());
        if (edition.state() != EditionState.OPEN) {
            throw new TrackerConflictException("edition " + s.editionYear() + " is not open for evidence (it is "
                    + edition.state().label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    record Valid(int year, String commitmentId, String claim, String sourceTitle, String url,
            String publishedOn, List<String> groups, String status) {
    }

    /** Checks a submission in full (fields, edition, window); throws on the first kind of failure. */
    Valid check(Submission.Input in) {
        Checks checks = Checks.request();
        String claim = checks.text("claim", in.claim(), Checks.CLAIM_MAX);
        String title = checks.text("sourceTitle", in.sourceTitle(), Checks.SOURCE_TITLE_MAX);
        String url = checks.url("url", in.url());
        String published = checks.partialDate("publishedOn", in.publishedOn());
        String status = in.suggestedStatus() == null ? "" : in.suggestedStatus().strip();
        if (AssessmentStatus.fromCode(status).isEmpty()) {
            checks.add("suggestedStatus", status, "must be one of " + AssessmentStatus.codes());
        }
        List<String> known = accounts.knownCancerGroups();
        List<String> groups = in.cancerGroups() == null ? List.of()
                : in.cancerGroups().stream().map(String::strip).filter(g -> !g.isEmpty()).distinct().toList();
        if (groups.isEmpty()) {
            checks.add("cancerGroups", "", "name at least one cancer group");
        }
        groups.stream().filter(g -> !known.contains(g))
                .forEach(g -> checks.add("cancerGroups", g, "is not a cancer group of the reference table"));
        Edition edition = null;
        if (in.year() == null) {
            checks.add("year", "", "is required");
        } else {
            edition = tracker.editions().stream().filter(e -> e.year() == in.year()).findFirst().orElse(null);
            if (edition == null) {
                checks.add("year", String.valueOf(in.year()), "no such edition");
            }
        }
        String cid = in.commitmentId() == null ? "" : in.commitmentId().strip();
        var commitment = tracker.commitments().get(cid);
        if (commitment == null) {
            checks.add("commitmentId", cid, "no such commitment");
        } else if (edition != null && !commitment.planId().equals(edition.planId())) {
            checks.add("commitmentId", cid, "belongs to plan " + commitment.planId() + ", not to the plan of edition "
                    + edition.year() + " (" + edition.planId() + ")");
        }
        checks.throwIfAny();
        if (edition.state() != EditionState.OPEN) {
            throw new TrackerConflictException("edition " + edition.year() + " is not open for evidence (it is "
                    + edition.state().label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return new Valid(edition.year(), cid, claim, title, url, published, groups, status);
    }

    private long organisationOf(AccountPrincipal member) {
        if (member.role() != Role.MEMBER || member.organisationId() == null) {
            throw new TrackerNotFoundException("only member organisations have submissions");
        }
        return member.organisationId();
    }

    private static String key(Submission s) {
        return "submission/" + s.id();
    }

    private static Map<String, Object> describe(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", s.organisationName());
        m.put("edition", s.editionYear());
        m.put("commitment", s.commitmentId());
        m.put("claim", s.claim());
        m.put("sourceTitle", s.sourceTitle());
        m.put("url", s.url());
        m.put("publishedOn", s.publishedOn());
        m.put("cancerGroups", s.cancerGroups());
        m.put("suggestedStatus", s.suggestedStatus().code());
        m.put("state", s.state().code());
        m.put("reason", s.decisionReason());
        m.put("version", s.version());
        return m;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
