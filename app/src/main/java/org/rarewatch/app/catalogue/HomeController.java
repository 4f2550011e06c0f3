package org.rarewatch.app.catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: every plan Rarewatch tracks, with its commitments. */
@Controller
class HomeController {

    private final CatalogueService catalogue;

    HomeController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("plans", catalogue.plansWithCommitments());
        return "home";
    }
}
