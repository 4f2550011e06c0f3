package org.rarewatch.app.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rarewatch.app.tracker.Inputs;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.app.tracker.TrackerService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Write endpoints for editors: a signed-in session with the editor or admin role (plus its CSRF token),
 * or a personal API token of such an account ({@code Authorization: Bearer rw_...}).
 */
@RestController
@RequestMapping("/api/v1/editor")
@Tag(name = "Editor", description = "Changes to editions (editor or admin role; session or API token)")
class EditorApiController {

    private final TrackerService service;
    private final TrackerQueries queries;

    EditorApiController(TrackerService service, TrackerQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping("/editions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a new draft edition, optionally carrying forward unmet recommendations")
    ApiModel.EditionSummaryJson createEdition(@RequestBody Inputs.NewEdition in) {
        return ApiModel.EditionSummaryJson.of(service.createEdition(in));
    }

    @PostMapping("/editions/{year}/state")
    @Operation(summary = "Move an edition to its next (or previous) state; 'published' freezes it and sets its hash")
    ApiModel.EditionSummaryJson changeState(@PathVariable int year, @RequestBody Inputs.StateChange in) {
        return ApiModel.EditionSummaryJson.of(service.changeState(year, in));
    }

    @PutMapping("/editions/{year}/assessments/{commitmentId}")
    @Operation(summary = "Create (no version) or change (version = the one you loaded) an assessment; 409 when stale")
    ApiModel.AssessmentJson saveAssessment(@PathVariable int year, @PathVariable String commitmentId,
            @RequestBody Inputs.AssessmentChange in) {
        var saved = service.saveAssessment(year, commitmentId, in);
        return ApiModel.AssessmentJson.of(saved, queries.commitments().get(commitmentId).summary(),
                java.util.List.of());
    }

    @PostMapping("/editions/{year}/assessments/{commitmentId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an evidence item (claim, source title, http(s) URL, publication date)")
    ApiModel.EvidenceJson addEvidence(@PathVariable int year, @PathVariable String commitmentId,
            @RequestBody Inputs.NewEvidence in) {
        return ApiModel.EvidenceJson.of(service.addEvidence(year, commitmentId, in));
    }

    @PostMapping("/editions/{year}/assessments/{commitmentId}/figures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cite a published figure in an assessment")
    ApiModel.FigureJson addFigure(@PathVariable int year, @PathVariable String commitmentId,
            @RequestBody Inputs.NewFigure in) {
        return ApiModel.FigureJson.of(service.addFigure(year, commitmentId, in));
    }

    @PutMapping("/editions/{year}/recommendations/{id}")
    @Operation(summary = "Create or change a recommendation in an edition; links must be commitments of the "
            + "edition's plan")
    ApiModel.RecommendationJson saveRecommendation(@PathVariable int year, @PathVariable String id,
            @RequestBody Inputs.RecommendationChange in) {
        return ApiModel.RecommendationJson.of(service.saveRecommendation(year, id, in));
    }
}
