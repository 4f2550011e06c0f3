package org.rarewatch.app.members.submissions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.tracker.TrackerConflictException;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member organisation's submissions through the API (session with CSRF header, or a personal API token). */
@RestController
@RequestMapping("/api/v1/member/submissions")
@Tag(name = "Member submissions", description = "Evidence a member organisation submits (member role)")
class SubmissionApiController {

    private final SubmissionService service;

    SubmissionApiController(SubmissionService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Your organisation's submissions, drafts included")
    List<SubmissionJson> list(@AuthenticationPrincipal AccountPrincipal me) {
        return service.own(me).stream().map(SubmissionJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft (only while the edition is open for evidence)")
    SubmissionJson create(@AuthenticationPrincipal AccountPrincipal me, @RequestBody Submission.Input in) {
        return SubmissionJson.of(service.create(me, in));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change one of your drafts (version = the one you loaded; 409 when stale)")
    SubmissionJson update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody Change in) {
        return SubmissionJson.of(service.update(me, id, in.version(), new Submission.Input(null, null, in.claim(),
                in.sourceTitle(), in.url(), in.publishedOn(), in.cancerGroups(), in.suggestedStatus())));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit one of your drafts to the editor")
    SubmissionJson submit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return SubmissionJson.of(service.submit(me, id));
    }

    record Change(String claim, String sourceTitle, String url, String publishedOn, List<String> cancerGroups,
            String suggestedStatus, Integer version) {
    }

    record SubmissionJson(long id, String organisation, int year, String commitmentId, String claim,
            String sourceTitle, String url, String publishedOn, List<String> cancerGroups, String suggestedStatus,
            String state, String decisionReason, int version) {

        static SubmissionJson of(Submission s) {
            return new SubmissionJson(s.id(), s.organisationName(), s.editionYear(), s.commitmentId(), s.claim(),
                    s.sourceTitle(), s.url(), s.publishedOn(), s.cancerGroups(), s.suggestedStatus().code(),
                    s.state().code(), s.decisionReason(), s.version());
        }
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "problems", Messages.of(e)));
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(TrackerNotFoundException e) {
        return ResponseEntity.status(404).body(Map.of("status", 404, "message", e.getMessage()));
    }

    @ExceptionHandler(TrackerConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(TrackerConflictException e) {
        return ResponseEntity.status(409).body(Map.of("status", 409, "message", e.getMessage()));
    }
}
