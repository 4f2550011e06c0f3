package org.rarewatch.app.members.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.members.AccountService;
import org.rarewatch.app.members.AuditLog;
import org.rarewatch.app.members.Invitations;
import org.rarewatch.app.members.Role;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The admin area: organisations, invitations, accounts and the audit log of every write. */
@Controller
class AdminController {

    static final int AUDIT_ROWS = 500;

    private final AccountRepository accounts;
    private final AccountService service;
    private final Invitations invitations;
    private final AuditLog audit;

    AdminController(AccountRepository accounts, AccountService service, Invitations invitations, AuditLog audit) {
        this.accounts = accounts;
        this.service = service;
        this.invitations = invitations;
        this.audit = audit;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("organisations", accounts.organisations());
        model.addAttribute("cancerGroups", accounts.knownCancerGroups());
        model.addAttribute("roles", Role.values());
        return "members/admin";
    }

    @PostMapping("/admin/organisations")
    String createOrganisation(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String name,
            @RequestParam(required = false) List<String> cancerGroups, Model model, HttpServletResponse response) {
        try {
            service.createOrganisation(me.username(), name, cancerGroups, false);
            return "redirect:/admin?organisationCreated";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", Problems.messages(e));
            return index(model);
        }
    }

    @PostMapping("/admin/invitations")
    String invite(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String username,
            @RequestParam String displayName, @RequestParam String role,
            @RequestParam(defaultValue = "") String organisationId, Model model, HttpServletResponse response) {
        try {
            Role r = Role.fromCode(role).orElse(null);
            Long org = organisationId.isBlank() ? null : parseId(organisationId);
            Invitations.Issued issued = invitations.invite(me.username(), username, displayName, r, org);
            model.addAttribute("invitationLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/invitations/{token}").buildAndExpand(issued.token()).toUriString());
            model.addAttribute("invited", issued);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", Problems.messages(e));
        }
        return index(model);
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(AUDIT_ROWS));
        model.addAttribute("limit", AUDIT_ROWS);
        return "members/audit";
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
