package org.rarewatch.app.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.rarewatch.app.figures.DashboardCancer;
import org.rarewatch.app.figures.FigureService;
import org.rarewatch.app.figures.FigureSnapshot;
import org.rarewatch.app.figures.TrajectoryDecisionService;
import org.rarewatch.app.members.CurrentAccount;
import org.rarewatch.engine.disclosure.DisclosurePolicy;
import org.rarewatch.engine.io.Sha256;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures API: computed indicators (after disclosure control), published figures with their citations,
 * per-cancer and per-commitment resources. Every answer carries an ETag and Last-Modified from the figures'
 * version, and a conditional request that matches gets 304 with no body.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Figures", description = "Indicators, published figures, cancers and commitment trajectories")
class FiguresApiController {

    private final FigureService figures;
    private final CancerViews cancers;
    private final TrajectoryDecisionService decisions;
    private final JsonMapper json;

    FiguresApiController(FigureService figures, CancerViews cancers, TrajectoryDecisionService decisions,
            JsonMapper json) {
        this.figures = figures;
        this.cancers = cancers;
        this.decisions = decisions;
        this.json = json;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Computed indicator rows (tidy, after disclosure control), filtered by any of the parameters")
    ResponseEntity<?> indicators(
            @Parameter(description = "indicator id, e.g. cwt_fds_28d, early_nhs, early_inclusive") @RequestParam(required = false) String indicator,
            @Parameter(description = "cancer group, e.g. 'Suspected sarcoma', 'Rare and less common', 'all'") @RequestParam(name = "cancer_group", required = false) String cancerGroup,
            @Parameter(description = "period: 2019, 2023-10, or a prefix such as 2023") @RequestParam(required = false) String period,
            @RequestParam(required = false) String geography, ServletWebRequest request) {
        FigureSnapshot s = figures.snapshot();
        return cached(s, request, () -> {
            List<FiguresJson.IndicatorJson> rows = s.computed().stream()
                    .filter(r -> indicator == null || r.indicator().equals(indicator))
                    .filter(r -> cancerGroup == null || r.cancerGroup().equalsIgnoreCase(cancerGroup))
                    .filter(r -> period == null || r.period().startsWith(period))
                    .filter(r -> geography == null || r.geography().equalsIgnoreCase(geography))
                    .map(FiguresJson.IndicatorJson::of).toList();
            return new FiguresJson.IndicatorsJson(s.version(), DisclosurePolicy.DEFAULT.name(), rows.size(), rows);
        });
    }

    @GetMapping("/published-figures")
    @Operation(summary = "Headline figures taken from publications, each with its citation (never mixed with computed figures)")
    ResponseEntity<?> published(@RequestParam(required = false) String indicator, ServletWebRequest request) {
        FigureSnapshot s = figures.snapshot();
        return cached(s, request, () -> s.published().stream()
                .filter(f -> indicator == null || f.indicator().equals(indicator))
                .map(FiguresJson.PublishedJson::of).toList());
    }

    @GetMapping("/cancers")
    @Operation(summary = "Every cancer the dashboard has a page for")
    ResponseEntity<?> cancerList(ServletWebRequest request) {
        FigureSnapshot s = figures.snapshot();
        return cached(s, request, () -> figures.reference().cancers().stream()
                .map(c -> FiguresJson.CancerSummaryJson.of(c, cancers.view(s, c).rarityTier())).toList());
    }

    @GetMapping("/cancers/{slug}")
    @Operation(summary = "One cancer: early diagnosis (both measures, with coverage), Faster Diagnosis Standard by "
            + "month, survival as published, and the trajectories of the commitments that apply")
    ResponseEntity<?> cancer(@PathVariable String slug, ServletWebRequest request) {
        FigureSnapshot s = figures.snapshot();
        DashboardCancer c = figures.reference().cancer(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such cancer: " + slug));
        return cached(s, request, () -> {
            CancerView v = cancers.view(s, c);
            String fdsLabel = v.fdsType() == null ? null : v.fdsType().label();
            List<String> scopes = CancerViews.ownScopes(c);
            return new FiguresJson.CancerJson(c.slug(), c.label(), c.category().label(), c.note(),
                    c.quality().quality().name(), c.registryGroups(), fdsLabel, v.rarityTier(),
                    s.computed().stream().filter(r -> r.indicator().startsWith("early_")
                            && c.registryGroups().contains(r.cancerGroup())).map(FiguresJson.IndicatorJson::of).toList(),
                    fdsLabel == null ? List.of() : CancerViews.rows(s, CancerViews.FDS, fdsLabel).stream()
                            .map(FiguresJson.IndicatorJson::of).toList(),
                    s.published().stream().filter(f -> f.indicator().equals("survival_5yr_net")
                                    && !c.survivalSite().isEmpty() && f.cancerGroup().startsWith(c.survivalSite()))
                            .map(FiguresJson.PublishedJson::of).toList(),
                    s.trajectories().stream().filter(t -> scopes.contains(t.scope()))
                            .map(FiguresJson.TrajectoryJson::of).toList(),
                    s.registrySynthetic(), s.registrySource(), s.version());
        });
    }

    @GetMapping("/commitments/{id}/trajectories")
    @Operation(summary = "A commitment's trajectories: latest value, trend, projection to the target date, gap, "
            + "suggested status and the editor's decision, for every scope")
    ResponseEntity<?> trajectories(@PathVariable String id, ServletWebRequest request) {
        FigureSnapshot s = figures.snapshot();
        return cached(s, request, () -> Map.of("commitmentId", id, "links",
                figures.reference().linksOf(id), "trajectories",
                s.trajectoriesOf(id).stream().map(FiguresJson.TrajectoryJson::of).toList()));
    }

    /** Body of a decision: {@code decision} accepted|overridden, {@code status} and {@code reason} for an override. */
    record DecisionRequest(String link, String scope, String decision, String status, String reason) {
    }

    @PostMapping("/editor/commitments/{id}/trajectory-decisions")
    @Operation(summary = "Accept a trajectory's suggested status, or override it with a reason (editors)")
    ResponseEntity<?> decide(@PathVariable String id, @RequestBody DecisionRequest body) {
        try {
            var d = decisions.decide(id, body.link(), body.scope(), body.decision(), body.status(), body.reason(),
                    CurrentAccount.username().orElseThrow());
            return ResponseEntity.status(HttpStatus.CREATED).body(FiguresJson.DecisionJson.of(d));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
    }

    private ResponseEntity<?> cached(FigureSnapshot s, ServletWebRequest request, Supplier<Object> body) {
        String uri = request.getRequest().getRequestURI() + "?" + request.getRequest().getQueryString();
        String etag = "\"" + Sha256.hex((s.version() + " " + uri).getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        long lastModified = s.lastModified().toEpochMilli() / 1000 * 1000;
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        // serialised once per figures version: most requests only copy bytes
        byte[] built = s.view("api " + uri, x -> json.writeValueAsBytes(body.get()));
        // checkNotModified has set ETag and Last-Modified on the response already
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache()).body(built);
    }
}
