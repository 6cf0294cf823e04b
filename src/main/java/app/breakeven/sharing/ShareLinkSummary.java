package app.breakeven.sharing;

import java.time.Instant;

/** A share link as its owner sees it: never the token, but how often it was opened. */
public record ShareLinkSummary(
        long id,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        boolean frozen,
        int openCount,
        Instant lastOpenedAt) {}
