package org.rarewatch.app.members;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in account of the current request, if any (for the audit log and ownership checks). */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<AccountPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }

    public static Optional<String> username() {
        return principal().map(AccountPrincipal::getUsername);
    }
}
