package app.breakeven.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** A token for the JSON API, issued by an admin to an account; only its hash is kept. */
@Entity
class ApiToken {

    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    protected ApiToken() {}

    ApiToken(long userId, String name, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /**
     * Notes a use, at most once a minute: writing the row on every request would queue all
     * of the token's callers on it. Unchanged, the entity is not written at all.
     */
    void used(Instant at) {
        if (lastUsedAt == null || !lastUsedAt.isAfter(at.minus(USE_RESOLUTION))) {
            lastUsedAt = at;
        }
    }

    ApiTokenSummary summary(String username) {
        return new ApiTokenSummary(id, username, name, createdAt, revokedAt, lastUsedAt);
    }
}
