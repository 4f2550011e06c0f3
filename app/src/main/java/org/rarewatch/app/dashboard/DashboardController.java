package org.rarewatch.app.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rarewatch.app.downloads.DownloadFormat;
import org.rarewatch.app.downloads.TableDownloads;
import org.rarewatch.app.figures.DashboardCancer;
import org.rarewatch.app.figures.FigureService;
import org.rarewatch.app.figures.FigureSnapshot;
import org.rarewatch.app.render.RenderedChart;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.app.tracker.TrackerQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public dashboard: {@code /cancers}, {@code /cancers/{slug}}, {@code /compare} and {@code /commitments/{id}}
 * (the commitment's story with its trajectories), each chart as SVG and each table as CSV, XLSX and ODS.
 */
@Controller
class DashboardController {

    /** The address of tables about every cancer (no cancer has this slug). */
    private static final String ALL = "all";

    private final FigureService figures;
    private final CancerIndex index;
    private final CancerViews cancers;
    private final CompareViews compare;
    private final TrajectoryViews trajectories;
    private final TrackerQueries tracker;

    DashboardController(FigureService figures, CancerIndex index, CancerViews cancers, CompareViews compare,
            TrajectoryViews trajectories, TrackerQueries tracker) {
        this.figures = figures;
        this.index = index;
        this.cancers = cancers;
        this.compare = compare;
        this.trajectories = trajectories;
        this.tracker = tracker;
    }

    @GetMapping("/cancers")
    String cancers(Model model) {
        FigureSnapshot s = figures.snapshot();
        model.addAttribute("index", index.view(s));
        model.addAttribute("snapshot", s);
        model.addAttribute("downloadFormats", DownloadFormat.values());
        return "dashboard/cancers";
    }

    @GetMapping("/cancers/{slug}")
    String cancer(@PathVariable String slug, Model model) {
        FigureSnapshot s = figures.snapshot();
        model.addAttribute("page", cancers.view(s, cancer(slug)));
        model.addAttribute("snapshot", s);
        model.addAttribute("downloadFormats", DownloadFormat.values());
        return "dashboard/cancer";
    }

    @GetMapping("/cancers/{slug}/charts/{chart}.svg")
    ResponseEntity<byte[]> cancerChart(@PathVariable String slug, @PathVariable String chart) {
        return SvgResponses.of(cancers.view(figures.snapshot(), cancer(slug)).charts().get(chart));
    }

    @GetMapping("/cancers/{slug}/{table}.{extension}")
    ResponseEntity<byte[]> cancerTable(@PathVariable String slug, @PathVariable String table,
            @PathVariable String extension) {
        FigureSnapshot s = figures.snapshot();
        if (slug.equals(ALL)) {
            return download(List.of(index.view(s).table()), "/cancers/all/" + table, extension);
        }
        CancerView v = cancers.view(s, cancer(slug));
        List<DashTable> tables = new ArrayList<>();
        v.early().forEach(g -> {
            tables.add(g.byYear());
            tables.add(g.coverage());
        });
        tables.add(v.fds());
        tables.add(v.survival());
        tables.add(v.commitments());
        return download(tables, "/cancers/" + slug + "/" + table, extension);
    }

    @GetMapping("/compare")
    String compare(Model model) {
        FigureSnapshot s = figures.snapshot();
        model.addAttribute("compare", compare.view(s));
        model.addAttribute("snapshot", s);
        model.addAttribute("downloadFormats", DownloadFormat.values());
        return "dashboard/compare";
    }

    @GetMapping("/compare/charts/{chart}.svg")
    ResponseEntity<byte[]> compareChart(@PathVariable String chart) {
        return SvgResponses.of(compare.view(figures.snapshot()).charts().get(chart));
    }

    @GetMapping("/compare/{key}.{extension}")
    ResponseEntity<byte[]> compareTable(@PathVariable String key, @PathVariable String extension) {
        return download(compare.view(figures.snapshot()).comparisons().stream().map(CompareViews.Comparison::table)
                .toList(), "/compare/" + key, extension);
    }

    @GetMapping("/commitments/{id}")
    String commitment(@PathVariable String id, Model model) {
        FigureSnapshot s = figures.snapshot();
        model.addAttribute("story", tracker.story(id));
        model.addAttribute("figures", trajectories.view(s, id));
        model.addAttribute("snapshot", s);
        model.addAttribute("downloadFormats", DownloadFormat.values());
        return "tracker/story";
    }

    @GetMapping("/commitments/{id}/charts/{chart}.svg")
    ResponseEntity<byte[]> commitmentChart(@PathVariable String id, @PathVariable String chart) {
        Map<String, RenderedChart> charts = trajectories.view(figures.snapshot(), id).charts();
        return SvgResponses.of(charts.get(chart));
    }

    @GetMapping("/commitments/{id}/trajectories/{key}.{extension}")
    ResponseEntity<byte[]> commitmentTable(@PathVariable String id, @PathVariable String key,
            @PathVariable String extension) {
        return download(trajectories.view(figures.snapshot(), id).sections().stream()
                .map(TrajectoryViews.LinkSection::table).toList(), "/commitments/" + id + "/trajectories/" + key, extension);
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(TrackerNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "tracker/not-found";
    }

    private DashboardCancer cancer(String slug) {
        return figures.reference().cancer(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such cancer"));
    }

    private static ResponseEntity<byte[]> download(List<DashTable> tables, String path, String extension) {
        DownloadFormat format = DownloadFormat.fromExtension(extension)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such download format"));
        DashTable table = tables.stream().filter(t -> t != null && t.downloadPath().equals(path)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such table"));
        return TableDownloads.response(table.download(), format, "rarewatch" + path.replace('/', '-'));
    }
}
