package org.rarewatch.app.members.submissions;

import jakarta.servlet.http.HttpServletResponse;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.tracker.TrackerConflictException;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The editor's view of members' submissions, per commitment, with accept and reject. */
@Controller
class EditorSubmissionsController {

    private final SubmissionService service;

    EditorSubmissionsController(SubmissionService service) {
        this.service = service;
    }

    @GetMapping("/editor/submissions")
    String index(Model model) {
        model.addAttribute("groups", service.forEditor());
        return "members/editor-submissions";
    }

    @PostMapping("/editor/submissions/{id}/accept")
    String accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response) {
        try {
            service.accept(me, id);
            return "redirect:/editor/submissions?accepted=" + id;
        } catch (TrackerConflictException | InvalidInputException e) {
            response.setStatus(e instanceof TrackerConflictException ? 409 : 400);
            model.addAttribute("errors", Messages.of(e));
            return index(model);
        }
    }

    @PostMapping("/editor/submissions/{id}/reject")
    String reject(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        try {
            service.reject(me, id, reason);
            return "redirect:/editor/submissions?rejected=" + id;
        } catch (TrackerConflictException | InvalidInputException e) {
            response.setStatus(e instanceof TrackerConflictException ? 409 : 400);
            model.addAttribute("errors", Messages.of(e));
            return index(model);
        }
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(TrackerNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "tracker/not-found";
    }
}
