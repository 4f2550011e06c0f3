package org.rarewatch.app.members.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with throttling: a blocked username+address is refused before the
 * password is even checked; every attempt is recorded and every successful sign-in goes to the audit log.
 * The principal kept in the session carries no password hash.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
        if (throttle.isBlocked(username, address)) {
            throttle.record(username, address, "blocked");
            throw new LockedException("Too many failed sign-ins for this account from your address. "
                    + "Try again in " + LoginThrottle.WINDOW.toMinutes() + " minutes.");
        }
        int failuresBefore = throttle.recentFailures(username, address);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.record(username, address, "failure");
            throw e instanceof LockedException ? e : new BadCredentialsException("Wrong username or password.");
        }
        throttle.record(username, address, "success");
        AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("remoteAddress", address);
        after.put("failedAttemptsBefore", failuresBefore);
        audit.record(principal.username(), "sign_in", "account/" + principal.username(), "sign_in", null, after);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, principal.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
