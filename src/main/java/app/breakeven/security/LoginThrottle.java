package app.breakeven.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for {@link #LOCK} after {@link #MAX_FAILURES} failed sign-ins within
 * {@link #WINDOW}. It counts by the username typed, whether or not an account has it, so
 * existing and unknown usernames behave, and take, the same. Failures of one username are
 * counted one at a time (a transaction-scoped advisory lock), so parallel guesses cannot
 * slip past the limit together.
 */
@Component
@Transactional
class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** Until when the username is locked, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.query("select locked_until from login_lock where username = ?",
                        (rs, i) -> rs.getTimestamp(1).toInstant(), key(username))
                .stream().filter(now::isBefore).findFirst();
    }

    /** Every username locked now, with until when. */
    @Transactional(readOnly = true)
    Map<String, Instant> locks() {
        Map<String, Instant> locks = new HashMap<>();
        jdbc.query("select username, locked_until from login_lock where locked_until > ?",
                rs -> {
                    locks.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }, Timestamp.from(clock.instant()));
        return locks;
    }

    /** Records a failed sign-in; the tenth within the window locks the username. */
    void failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> { }, "login:" + key);
        jdbc.update("insert into login_failure (username, failed_at) values (?, ?)", key, Timestamp.from(now));
        Long failures = jdbc.queryForObject("select count(*) from login_failure where username = ? and failed_at > ?",
                Long.class, key, Timestamp.from(now.minus(WINDOW)));
        if (failures != null && failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCK);
            jdbc.update("""
                    insert into login_lock (username, locked_until) values (?, ?)
                    on conflict (username) do update set locked_until = excluded.locked_until""",
                    key, Timestamp.from(until));
            jdbc.update("delete from login_failure where username = ?", key);
            LOG.warn("Sign-in for '{}' locked until {} after {} failures", key, until, MAX_FAILURES);
        }
    }

    /** A successful sign-in forgets the username's failures. */
    void succeeded(String username) {
        jdbc.update("delete from login_failure where username = ?", key(username));
    }

    /** Lifts a lock and forgets the failures, as an admin's password reset does. */
    void clear(String username) {
        jdbc.update("delete from login_failure where username = ?", key(username));
        jdbc.update("delete from login_lock where username = ?", key(username));
    }
}
