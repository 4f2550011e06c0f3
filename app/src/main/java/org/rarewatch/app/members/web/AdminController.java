package org.rarewatch.app.members.web;

import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.members.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin area: accounts, organisations and the audit log of every write. */
@Controller
class AdminController {

    static final int AUDIT_ROWS = 500;

    private final AccountRepository accounts;
    private final AuditLog audit;

    AdminController(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("organisations", accounts.organisations());
        return "members/admin";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(AUDIT_ROWS));
        model.addAttribute("limit", AUDIT_ROWS);
        return "members/audit";
    }
}
