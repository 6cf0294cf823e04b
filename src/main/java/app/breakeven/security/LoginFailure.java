package app.breakeven.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One failed sign-in, kept for the throttling window. */
@Entity
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(long userId, Instant failedAt) {
        this.userId = userId;
        this.failedAt = failedAt;
    }
}
