package org.rarewatch.app.members;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security sees it; kept in the session, so only plain values. */
public record AccountPrincipal(long id, String username, String displayName, Role role, Long organisationId,
        String passwordHash, boolean enabled) implements UserDetails {

    public static AccountPrincipal of(Account a, String passwordHash) {
        return new AccountPrincipal(a.id(), a.username(), a.displayName(), a.role(), a.organisationId(),
                passwordHash, a.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The principal without its hash, as it is kept after sign-in. */
    public AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, username, displayName, role, organisationId, null, enabled);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + ", " + role.code() + "]";
    }
}
