package org.rarewatch.app.tracker.web;

import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.app.tracker.TrackerQueries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Public pages: editions, one edition's assessments and recommendations, a commitment's story, a diff. */
@Controller
class TrackerPagesController {

    private final TrackerQueries queries;

    TrackerPagesController(TrackerQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/editions")
    String editions(Model model) {
        model.addAttribute("editions", queries.editions());
        return "tracker/editions";
    }

    @GetMapping("/editions/{year}")
    String edition(@PathVariable int year, Model model) {
        var view = queries.editionView(year);
        model.addAttribute("view", view);
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("editions", queries.editions());
        return "tracker/edition";
    }

    @GetMapping("/editions/{a}/diff/{b}")
    String diff(@PathVariable int a, @PathVariable int b, Model model) {
        model.addAttribute("diff", queries.diff(a, b));
        return "tracker/diff";
    }

    @GetMapping("/commitments/{id}/story")
    String story(@PathVariable String id, Model model) {
        model.addAttribute("story", queries.story(id));
        return "tracker/story";
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(TrackerNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "tracker/not-found";
    }
}
