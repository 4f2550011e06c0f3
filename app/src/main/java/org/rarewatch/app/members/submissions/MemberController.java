package org.rarewatch.app.members.submissions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.TrackerConflictException;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** The member area: the organisation's submissions, new drafts, editing and submitting them. */
@Controller
class MemberController {

    private final SubmissionService service;
    private final AccountRepository accounts;
    private final TrackerQueries tracker;

    private final BulkSubmissions bulk;

    MemberController(SubmissionService service, AccountRepository accounts, TrackerQueries tracker,
            BulkSubmissions bulk) {
        this.service = service;
        this.bulk = bulk;
        this.accounts = accounts;
        this.tracker = tracker;
    }

    @GetMapping("/member")
    String index(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("organisation", accounts.organisation(me.organisationId()).orElseThrow());
        model.addAttribute("submissions", service.own(me));
        model.addAttribute("openEditions", service.openEditions());
        model.addAttribute("commitments", service.openEditions().stream()
                .flatMap(e -> tracker.commitmentsOfPlan(e.planId()).stream()).distinct().toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SubmissionForm(null, "", "", "", "", "", List.of(), "", null));
        }
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("cancerGroups", accounts.knownCancerGroups());
        return "members/member";
    }

    @PostMapping("/member/submissions")
    String create(@AuthenticationPrincipal AccountPrincipal me, SubmissionForm form, Model model,
            HttpServletResponse response) {
        try {
            Submission s = service.create(me, form.input());
            return "redirect:/member/submissions/" + s.id() + "?saved";
        } catch (InvalidInputException | TrackerConflictException e) {
            response.setStatus(e instanceof TrackerConflictException ? 409 : 400);
            model.addAttribute("errors", Messages.of(e));
            model.addAttribute("form", form);
            return index(me, model);
        }
    }

    @GetMapping("/member/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal AccountPrincipal me) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rarewatch-evidence-template.xlsx\"")
                .body(bulk.template(me));
    }

    @PostMapping("/member/upload")
    String upload(@AuthenticationPrincipal AccountPrincipal me, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response) throws java.io.IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.xlsx"
                : file.getOriginalFilename().replaceAll("[^A-Za-z0-9._ -]", "_");
        try (var in = file.getInputStream()) {
            BulkSubmissions.Result result = bulk.upload(me, name, in);
            return "redirect:/member?created=" + result.created() + "&unchanged=" + result.unchanged();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("uploadErrors", e.problems().stream().map(p -> p.describe()).toList());
            return index(me, model);
        }
    }

    @GetMapping("/member/submissions/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        Submission s = service.ownOne(me, id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SubmissionForm(s.editionYear(), s.commitmentId(), s.claim(), s.sourceTitle(),
                    s.url(), s.publishedOn(), s.cancerGroups(), s.suggestedStatus().code(), s.version()));
        }
        model.addAttribute("submission", s);
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("cancerGroups", accounts.knownCancerGroups());
        return "members/submission";
    }

    @PostMapping("/member/submissions/{id}")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, SubmissionForm form,
            Model model, HttpServletResponse response) {
        try {
            service.update(me, id, form.version(), form.input());
            return "redirect:/member/submissions/" + id + "?saved";
        } catch (InvalidInputException | TrackerConflictException e) {
            response.setStatus(e instanceof TrackerConflictException ? 409 : 400);
            model.addAttribute("errors", Messages.of(e));
            model.addAttribute("form", form);
            return show(me, id, model);
        }
    }

    @PostMapping("/member/submissions/{id}/submit")
    String submit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response) {
        try {
            service.submit(me, id);
            return "redirect:/member/submissions/" + id + "?submitted";
        } catch (TrackerConflictException e) {
            response.setStatus(409);
            model.addAttribute("errors", Messages.of(e));
            return show(me, id, model);
        }
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(TrackerNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "tracker/not-found";
    }

    /** The submission form as posted (all text, so nothing typed is lost when it is refused). */
    public record SubmissionForm(Integer year, String commitmentId, String claim, String sourceTitle, String url,
            String publishedOn, List<String> cancerGroups, String suggestedStatus, Integer version) {

        Submission.Input input() {
            return new Submission.Input(year, commitmentId, claim, sourceTitle, url, publishedOn, cancerGroups,
                    suggestedStatus);
        }

        public boolean covers(String group) {
            return cancerGroups != null && cancerGroups.contains(group);
        }
    }
}
