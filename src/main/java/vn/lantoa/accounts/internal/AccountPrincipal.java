package vn.lantoa.accounts.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;

/** The logged-in account as Spring Security and every module see it. */
public record AccountPrincipal(long accountId, String username, String displayName, String passwordHash,
                               boolean enabled, boolean locked, List<Grant> grants)
        implements UserDetails, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).distinct().toList();
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
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Without the hash: what stays in the session. */
    public AccountPrincipal withoutPassword() {
        return new AccountPrincipal(accountId, username, displayName, "", enabled, locked, grants);
    }
}
