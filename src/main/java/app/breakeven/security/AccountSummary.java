package app.breakeven.security;

import java.time.Instant;
import java.util.Set;

/** An account as the admin screen lists it; no password hash leaves the module. */
public record AccountSummary(
        long id,
        long version,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        Instant lockedUntil,
        Instant createdAt) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
