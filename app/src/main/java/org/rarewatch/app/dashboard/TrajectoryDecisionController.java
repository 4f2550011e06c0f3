package org.rarewatch.app.dashboard;

import org.rarewatch.app.figures.TrajectoryDecisionService;
import org.rarewatch.app.members.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An editor accepts a trajectory's suggested status or overrides it with a reason (both kept), from the
 * commitment's page. Under {@code /editor/...}, so only editors and admins reach it.
 */
@Controller
class TrajectoryDecisionController {

    private final TrajectoryDecisionService decisions;

    TrajectoryDecisionController(TrajectoryDecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/editor/commitments/{id}/trajectory-decisions")
    String decide(@PathVariable String id, @RequestParam String link, @RequestParam String scope,
            @RequestParam String decision, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            decisions.decide(id, link, scope, decision, status, reason,
                    CurrentAccount.username().orElseThrow(() -> new IllegalStateException("no signed-in editor")));
            redirect.addFlashAttribute("decisionMessage", "Decision recorded.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("decisionError", e.getMessage());
        }
        return "redirect:/commitments/" + id + "#trajectories";
    }
}
