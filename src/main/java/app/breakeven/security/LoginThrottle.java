package app.breakeven.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK} after {@link #MAX_FAILURES} wrong passwords within
 * {@link #WINDOW}. While locked even the right password is refused, with the same message
 * as a wrong one, so a guesser learns nothing; an admin's password reset lifts the lock.
 */
@Component
@Transactional
class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final AccountRepository accounts;
    private final LoginFailureRepository failures;
    private final Clock clock;

    LoginThrottle(AccountRepository accounts, LoginFailureRepository failures, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        accounts.findByUsername(name).ifPresent(account -> {
            Instant now = clock.instant();
            failures.save(new LoginFailure(account.getId(), now));
            if (failures.countByUserIdAndFailedAtAfter(account.getId(), now.minus(WINDOW)) >= MAX_FAILURES) {
                account.lockUntil(now.plus(LOCK));
                failures.deleteByUserId(account.getId());
                LOG.warn("Account {} locked until {} after {} failed sign-ins", account.getUsername(),
                        account.getLockedUntil(), MAX_FAILURES);
            }
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            failures.deleteByUserId(principal.id());
        }
    }
}
