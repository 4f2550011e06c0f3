package org.rarewatch.app.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.app.tracker.TrackerQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only JSON API of the commitment tracker. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tracker", description = "Plans, commitments, annual editions, assessments and recommendations")
class TrackerApiController {

    private final TrackerQueries queries;

    TrackerApiController(TrackerQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/plans")
    @Operation(summary = "Every plan, strategy, act or briefing whose commitments are tracked")
    List<ApiModel.PlanJson> plans() {
        return queries.plans().stream().map(ApiModel.PlanJson::of).toList();
    }

    @GetMapping("/commitments")
    @Operation(summary = "Every commitment, optionally of one plan")
    List<ApiModel.CommitmentJson> commitments(@RequestParam(required = false) String plan) {
        return queries.commitments().values().stream()
                .filter(c -> plan == null || c.planId().equals(plan))
                .map(ApiModel.CommitmentJson::of).toList();
    }

    @GetMapping("/commitments/{id}")
    @Operation(summary = "One commitment")
    ApiModel.CommitmentJson commitment(@PathVariable String id) {
        var c = queries.commitments().get(id);
        if (c == null) {
            throw new TrackerNotFoundException("no commitment " + id);
        }
        return ApiModel.CommitmentJson.of(c);
    }

    @GetMapping("/commitments/{id}/story")
    @Operation(summary = "A commitment's story: origin, each edition's status with rationale and evidence, "
            + "recommendations and recorded changes, with a chronological timeline")
    ApiModel.StoryJson story(@PathVariable String id) {
        return ApiModel.StoryJson.of(queries.story(id));
    }

    @GetMapping("/editions")
    @Operation(summary = "Every edition with its state; published editions carry their SHA-256 content hash")
    List<ApiModel.EditionSummaryJson> editions() {
        return queries.editions().stream().map(ApiModel.EditionSummaryJson::of).toList();
    }

    @GetMapping("/editions/{year}")
    @Operation(summary = "One edition with its assessments (evidence, figures, linked recommendations) and recommendations")
    ApiModel.EditionJson edition(@PathVariable int year) {
        return ApiModel.EditionJson.of(queries.editionView(year));
    }

    @GetMapping("/editions/{a}/diff/{b}")
    @Operation(summary = "What changed from edition a to edition b: status changes, new and dropped assessments "
            + "and recommendations")
    ApiModel.DiffJson diff(@PathVariable int a, @PathVariable int b) {
        return ApiModel.DiffJson.of(queries.diff(a, b));
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Every recommendation with its origin and its status in each edition")
    List<ApiModel.RecommendationHistoryJson> recommendations() {
        return queries.recommendations().stream().map(ApiModel.RecommendationHistoryJson::of).toList();
    }
}
