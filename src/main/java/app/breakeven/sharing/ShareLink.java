package app.breakeven.sharing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A share link as stored: the token's hash, never the token. */
@Entity
class ShareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long scenarioId;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant revokedAt;

    private boolean frozen;

    private String frozenScenario;

    private String frozenCatalogue;

    private int openCount;

    private Instant lastOpenedAt;

    protected ShareLink() {}

    ShareLink(
            long scenarioId,
            String tokenHash,
            Instant createdAt,
            Instant expiresAt,
            boolean frozen,
            String frozenScenario,
            String frozenCatalogue) {
        this.scenarioId = scenarioId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.frozen = frozen;
        this.frozenScenario = frozenScenario;
        this.frozenCatalogue = frozenCatalogue;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void opened(Instant now) {
        openCount++;
        lastOpenedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    ShareLinkSummary summary() {
        return new ShareLinkSummary(id, createdAt, expiresAt, revokedAt, frozen, openCount, lastOpenedAt);
    }

    Long getId() {
        return id;
    }

    long getScenarioId() {
        return scenarioId;
    }

    boolean isFrozen() {
        return frozen;
    }

    String getFrozenScenario() {
        return frozenScenario;
    }

    String getFrozenCatalogue() {
        return frozenCatalogue;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
