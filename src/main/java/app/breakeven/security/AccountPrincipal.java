package app.breakeven.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it in the session. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant passwordChangedAt;
    private String passwordHash;

    AccountPrincipal(
            long id,
            String username,
            Set<Role> roles,
            boolean enabled,
            Instant passwordChangedAt,
            String passwordHash) {
        this.id = id;
        this.username = username;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordChangedAt = passwordChangedAt;
        this.passwordHash = passwordHash;
    }

    /** When the password this sign-in used was set; a later change ends the session. */
    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    long id() {
        return id;
    }

    Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(roles);
    }

    static List<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .sorted()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
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

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
