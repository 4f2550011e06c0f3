package org.rarewatch.app.members.web;

import jakarta.servlet.http.HttpServletResponse;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.AccountService;
import org.rarewatch.app.members.security.ApiTokens;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, and for every signed-in account: password change and personal API tokens. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;

    AccountController(AccountService accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/login")
    String login() {
        return "members/login";
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("tokens", tokens.tokens(me.username()));
        return "members/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, Model model,
            HttpServletResponse response) {
        try {
            accounts.changePassword(me.username(), currentPassword, newPassword, confirmPassword);
            return "redirect:/account?passwordChanged";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", Problems.messages(e));
            return account(me, model);
        }
    }

    @PostMapping("/account/tokens")
    String issueToken(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String label, Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("newToken", tokens.issue(me.username(), label));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", Problems.messages(e));
        }
        return account(me, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        tokens.revoke(me.username(), id);
        return "redirect:/account";
    }
}
