package app.breakeven.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Someone who signs in. */
@Entity
@Table(name = "app_user")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private Instant createdAt;
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {}

    Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        // At the database's precision, so the stamp a session holds equals the one read back.
        this.passwordChangedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** The account as listed; {@code lockedUntil} from the sign-in throttle, or null. */
    AccountSummary summary(Instant lockedUntil) {
        return new AccountSummary(id, version, username, displayName, getRoles(), enabled, lockedUntil, createdAt);
    }

    AccountPrincipal principal() {
        return new AccountPrincipal(id, username, getRoles(), enabled, passwordChangedAt, passwordHash);
    }
}
