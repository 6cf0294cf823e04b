package app.breakeven.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A token for the JSON API, issued by an admin to an account; only its hash is kept. */
@Entity
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    protected ApiToken() {
    }

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

    void used(Instant at) {
        lastUsedAt = at;
    }

    ApiTokenSummary summary(String username) {
        return new ApiTokenSummary(id, username, name, createdAt, revokedAt, lastUsedAt);
    }
}
