package org.rarewatch.app.waitingtimes;

import org.rarewatch.app.downloads.DownloadFormat;
import org.rarewatch.app.downloads.TableDownloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /waiting-times}: national summary; {@code /waiting-times/{slug}}: FDS for one suspected cancer type. */
@Controller
class WaitingTimesController {

    private final WaitingTimesService service;

    WaitingTimesController(WaitingTimesService service) {
        this.service = service;
    }

    @GetMapping("/waiting-times")
    String overview(Model model) {
        model.addAttribute("overview", service.overview());
        model.addAttribute("downloadFormats", DownloadFormat.values());
        return "waiting-times/index";
    }

    /** The FDS-by-type table as {@code .csv}, {@code .xlsx} or {@code .ods}; any other extension is 404. */
    @GetMapping("/waiting-times/fds-by-type.{extension}")
    ResponseEntity<byte[]> fdsByTypeDownload(@PathVariable String extension) {
        DownloadFormat format = DownloadFormat.fromExtension(extension)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such download format"));
        WaitingTimesService.Overview overview = service.overview();
        return TableDownloads.response(FdsByTypeDownload.table(overview), format, FdsByTypeDownload.fileName(overview));
    }

    @GetMapping("/waiting-times/{slug}")
    String cancer(@PathVariable String slug, Model model) {
        model.addAttribute("page", service.fdsPage(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such suspected cancer type")));
        return "waiting-times/cancer";
    }
}
