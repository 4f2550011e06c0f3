package org.rarewatch.app.waitingtimes;

import org.springframework.http.HttpStatus;
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
        return "waiting-times/index";
    }

    @GetMapping("/waiting-times/{slug}")
    String cancer(@PathVariable String slug, Model model) {
        model.addAttribute("page", service.fdsPage(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such suspected cancer type")));
        return "waiting-times/cancer";
    }
}
