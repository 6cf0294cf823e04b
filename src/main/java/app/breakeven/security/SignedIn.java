package app.breakeven.security;

import java.util.Set;

/** Who is signed in, as the services see them. */
public record SignedIn(long id, String username, String displayName, Set<Role> roles) {

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
