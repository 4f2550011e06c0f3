package org.rarewatch.app.members.web;

import jakarta.servlet.http.HttpServletResponse;
import org.rarewatch.app.members.Invitations;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Accepting an invitation: the one-time link lets its holder set the account's password. */
@Controller
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        var account = invitations.pending(token);
        if (account.isEmpty()) {
            response.setStatus(404);
            return "members/invitation-gone";
        }
        model.addAttribute("account", account.get());
        model.addAttribute("token", token);
        return "members/invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam String newPassword, @RequestParam String confirmPassword,
            Model model, HttpServletResponse response) {
        try {
            if (!invitations.accept(token, newPassword, confirmPassword)) {
                response.setStatus(404);
                return "members/invitation-gone";
            }
            return "redirect:/login?invitationAccepted";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", Problems.messages(e));
            return show(token, model, response);
        }
    }
}
