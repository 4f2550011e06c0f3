package org.rarewatch.app.tracker.web;

import java.util.Arrays;
import java.util.List;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.EditionState;
import org.rarewatch.app.tracker.Inputs;
import org.rarewatch.app.tracker.RecommendationStatus;
import org.rarewatch.app.tracker.TrackerConflictException;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.app.tracker.TrackerRepository;
import org.rarewatch.app.tracker.TrackerService;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Editor forms (plain HTML forms, no JavaScript), for accounts with the editor or admin role
 * (see {@code members.security.SecurityConfiguration}). A rejected save re-shows the form with what the
 * editor typed.
 */
@Controller
class EditorController {

    private final TrackerService service;
    private final TrackerQueries queries;
    private final TrackerRepository repository;

    EditorController(TrackerService service, TrackerQueries queries, TrackerRepository repository) {
        this.service = service;
        this.queries = queries;
        this.repository = repository;
    }

    @GetMapping("/editor")
    String index(Model model) {
        model.addAttribute("editions", queries.editions());
        model.addAttribute("plans", queries.plans());
        return "editor/index";
    }

    @PostMapping("/editor/editions")
    String create(@RequestParam String editor, @RequestParam String year, @RequestParam String title,
            @RequestParam String asOf, @RequestParam String planId, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String carryForwardFrom, Model model, HttpServletResponse response) {
        try {
            Integer y = year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
            if (y == null) {
                throw new InvalidInputException(new org.rarewatch.engine.io.InputProblem("request", 0, "year", year,
                        "must be a year such as 2027"));
            }
            Integer from = carryForwardFrom.isBlank() ? null : Integer.valueOf(carryForwardFrom.strip());
            service.createEdition(new Inputs.NewEdition(editor, y, title, asOf, planId, note, from));
            return "redirect:/editor/editions/" + y;
        } catch (InvalidInputException | TrackerConflictException | TrackerNotFoundException e) {
            response.setStatus(status(e));
            model.addAttribute("errors", messages(e));
            return index(model);
        }
    }

    @GetMapping("/editor/editions/{year}")
    String edition(@PathVariable int year, Model model) {
        var view = queries.editionView(year);
        model.addAttribute("view", view);
        model.addAttribute("commitments", queries.commitmentsOfPlan(view.edition().planId()));
        model.addAttribute("assessed", view.assessments().stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.commitment().id(), a -> a.assessment())));
        model.addAttribute("states", EditionState.values());
        return "editor/edition";
    }

    @PostMapping("/editor/editions/{year}/state")
    String state(@PathVariable int year, @RequestParam String editor, @RequestParam String state,
            @RequestParam Integer version, Model model, HttpServletResponse response) {
        try {
            service.changeState(year, new Inputs.StateChange(editor, state, version));
            return "redirect:/editor/editions/" + year;
        } catch (InvalidInputException | TrackerConflictException e) {
            response.setStatus(status(e));
            model.addAttribute("errors", messages(e));
            return edition(year, model);
        }
    }

    @GetMapping("/editor/editions/{year}/assessments/{commitmentId}")
    String assessment(@PathVariable int year, @PathVariable String commitmentId, Model model) {
        var stored = repository.assessment(year, commitmentId);
        AssessmentForm form = stored.map(a -> new AssessmentForm("", a.status().code(), a.rationale(), a.rlcMeaning(),
                        TrackerRepository.joinFlags(a.contextFlags()), String.valueOf(a.version())))
                .orElse(new AssessmentForm("", AssessmentStatus.NOT_YET_ASSESSED.code(), "", "", "", ""));
        return assessmentPage(year, commitmentId, form, model);
    }

    private String assessmentPage(int year, String commitmentId, AssessmentForm form, Model model) {
        var edition = queries.edition(year);
        var commitment = queries.commitments().get(commitmentId);
        if (commitment == null) {
            throw new TrackerNotFoundException("no commitment " + commitmentId);
        }
        model.addAttribute("edition", edition);
        model.addAttribute("commitment", commitment);
        model.addAttribute("stored", repository.assessment(year, commitmentId).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("statuses", AssessmentStatus.values());
        return "editor/assessment";
    }

    @PostMapping("/editor/editions/{year}/assessments/{commitmentId}")
    String saveAssessment(@PathVariable int year, @PathVariable String commitmentId, AssessmentForm form, Model model,
            HttpServletResponse response) {
        try {
            service.saveAssessment(year, commitmentId, new Inputs.AssessmentChange(form.editor(), form.status(),
                    form.rationale(), form.rlcMeaning(), flags(form.contextFlags()), version(form.version())));
            return "redirect:/editor/editions/" + year + "/assessments/" + commitmentId + "?saved";
        } catch (InvalidInputException | TrackerConflictException e) {
            response.setStatus(status(e));
            model.addAttribute("errors", messages(e));
            return assessmentPage(year, commitmentId, form, model);
        }
    }

    @PostMapping("/editor/editions/{year}/assessments/{commitmentId}/evidence")
    String addEvidence(@PathVariable int year, @PathVariable String commitmentId, @RequestParam String editor,
            @RequestParam String claim, @RequestParam String sourceTitle, @RequestParam String url,
            @RequestParam String publishedOn, Model model, HttpServletResponse response) {
        try {
            service.addEvidence(year, commitmentId, new Inputs.NewEvidence(editor, claim, sourceTitle, url, publishedOn));
            return "redirect:/editor/editions/" + year + "/assessments/" + commitmentId + "?saved";
        } catch (InvalidInputException | TrackerConflictException | TrackerNotFoundException e) {
            response.setStatus(status(e));
            model.addAttribute("errors", messages(e));
            return assessment(year, commitmentId, model);
        }
    }

    @PostMapping("/editor/editions/{year}/assessments/{commitmentId}/figures")
    String addFigure(@PathVariable int year, @PathVariable String commitmentId, @RequestParam String editor,
            @RequestParam String label, @RequestParam String value, @RequestParam(defaultValue = "") String unit,
            @RequestParam String period, @RequestParam String sourceTitle, @RequestParam String url, Model model,
            HttpServletResponse response) {
        try {
            service.addFigure(year, commitmentId,
                    new Inputs.NewFigure(editor, label, value, unit, period, sourceTitle, url));
            return "redirect:/editor/editions/" + year + "/assessments/" + commitmentId + "?saved";
        } catch (InvalidInputException | TrackerConflictException | TrackerNotFoundException e) {
            response.setStatus(status(e));
            model.addAttribute("errors", messages(e));
            return assessment(year, commitmentId, model);
        }
    }

    @GetMapping("/editor/editions/{year}/recommendations/{id}")
    String recommendation(@PathVariable int year, @PathVariable String id, Model model) {
        var stored = repository.editionRecommendation(year, id);
        var identity = repository.recommendation(id);
        RecommendationForm form = stored.map(r -> new RecommendationForm("", id, r.text(), r.addressedTo(),
                        r.status().code(), r.statusNote(), String.join("; ", r.commitmentIds()),
                        identity.map(i -> i.origin()).orElse("alliance"),
                        identity.map(i -> i.originPlanId() == null ? "" : i.originPlanId()).orElse(""),
                        identity.map(i -> i.originRef()).orElse(""), String.valueOf(r.version())))
                .orElse(new RecommendationForm("", "new".equals(id) ? "" : id, "", "", "open", "", "", "alliance", "",
                        "", ""));
        return recommendationPage(year, form, model);
    }

    private String recommendationPage(int year, RecommendationForm form, Model model) {
        var edition = queries.edition(year);
        model.addAttribute("edition", edition);
        model.addAttribute("form", form);
        model.addAttribute("isNew", form.version() == null || form.version().isBlank());
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("commitments", queries.commitmentsOfPlan(edition.planId()));
        model.addAttribute("plans", queries.plans());
        return "editor/recommendation";
    }

    @PostMapping("/editor/editions/{year}/recommendations")
    String saveRecommendation(@PathVariable int year, RecommendationForm form, Model model,
            HttpServletResponse response) {
        try {
            service.saveRecommendation(year, form.id(), new Inputs.RecommendationChange(form.editor(), form.text(),
                    form.addressedTo(), form.status(), form.statusNote(), flags(form.commitmentIds()), form.origin(),
                    form.originPlanId(), form.originRef(), version(form.version())));
            return "redirect:/editor/editions/" + year;
        } catch (InvalidInputException | TrackerConflictException | TrackerNotFoundException e) {
            response.setStatus(status(e));
            model.addAttribute("errors", messages(e));
            return recommendationPage(year, form, model);
        }
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(TrackerNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "tracker/not-found";
    }

    /** The assessment form as posted (all text, so nothing typed is lost when the save is refused). */
    public record AssessmentForm(String editor, String status, String rationale, String rlcMeaning,
            String contextFlags, String version) {
    }

    public record RecommendationForm(String editor, String id, String text, String addressedTo, String status,
            String statusNote, String commitmentIds, String origin, String originPlanId, String originRef,
            String version) {
    }

    private static List<String> flags(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Integer version(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static int status(RuntimeException e) {
        if (e instanceof TrackerConflictException) {
            return HttpStatus.CONFLICT.value();
        }
        return e instanceof TrackerNotFoundException ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value();
    }

    private static List<String> messages(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(p -> p.column() + (p.value().isEmpty() ? "" : " \"" + abbreviate(p.value()) + "\"") + ": "
                            + p.reason())
                    .toList();
        }
        return List.of(e.getMessage());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
