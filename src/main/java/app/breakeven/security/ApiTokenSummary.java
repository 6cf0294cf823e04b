package app.breakeven.security;

import java.time.Instant;

/** An API token as the admin screen lists it. */
public record ApiTokenSummary(
        long id, String username, String name, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {}
