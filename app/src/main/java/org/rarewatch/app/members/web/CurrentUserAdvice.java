package org.rarewatch.app.members.web;

import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.CurrentAccount;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in account (or null) into every page's model for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    AccountPrincipal currentUser() {
        return CurrentAccount.principal().orElse(null);
    }
}
