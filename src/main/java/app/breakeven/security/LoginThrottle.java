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
 * Checks at most {@link #MAX_FAILURES} passwords per username within {@link #WINDOW}, and
 * locks the username for {@link #LOCK} when they all fail. It counts by the username typed,
 * whether or not an account has it, so existing and unknown usernames behave, and take, the
 * same. An attempt is claimed before its password is checked, one claim at a time per
 * username (a transaction-scoped advisory lock), so guesses sent in parallel are refused
 * once the limit is claimed rather than counted after their checks, too late.
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
        return jdbc
                .query(
                        "select locked_until from login_lock where username = ?",
                        (rs, i) -> rs.getTimestamp(1).toInstant(),
                        key(username))
                .stream()
                .filter(now::isBefore)
                .findFirst();
    }

    /** Every username locked now, with until when. */
    @Transactional(readOnly = true)
    Map<String, Instant> locks() {
        Map<String, Instant> locks = new HashMap<>();
        jdbc.query(
                "select username, locked_until from login_lock where locked_until > ?",
                rs -> {
                    locks.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                },
                Timestamp.from(clock.instant()));
        return locks;
    }

    /**
     * Claims one of the username's attempts, before its password is checked. False while the
     * username is locked, or while the window's attempts are all claimed (some may still be
     * being checked).
     */
    boolean claim(String username) {
        String key = key(username);
        Instant now = clock.instant();
        serialize(key);
        return jdbc.update(
                        """
                insert into login_attempt (username, attempted_at)
                select ?, ?
                where not exists (select 1 from login_lock where username = ? and locked_until > ?)
                  and (select count(*) from login_attempt where username = ? and attempted_at > ?) < ?""",
                        key,
                        Timestamp.from(now),
                        key,
                        Timestamp.from(now),
                        key,
                        Timestamp.from(now.minus(WINDOW)),
                        MAX_FAILURES)
                == 1;
    }

    /** A claimed attempt failed: it stays counted, and once the window's are used up the username locks. */
    void failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        serialize(key);
        Long attempts = jdbc.queryForObject(
                "select count(*) from login_attempt where username = ? and attempted_at > ?",
                Long.class,
                key,
                Timestamp.from(now.minus(WINDOW)));
        if (attempts != null && attempts >= MAX_FAILURES) {
            Instant until = now.plus(LOCK);
            jdbc.update("""
                    insert into login_lock (username, locked_until) values (?, ?)
                    on conflict (username) do update set locked_until = excluded.locked_until""", key, Timestamp.from(until));
            jdbc.update("delete from login_attempt where username = ?", key);
            LOG.warn("Sign-in for '{}' locked until {} after {} failures", key, until, MAX_FAILURES);
        }
    }

    /** A successful sign-in forgets the username's failures. */
    void succeeded(String username) {
        jdbc.update("delete from login_attempt where username = ?", key(username));
    }

    /** Lifts a lock and forgets the failures, as an admin's password reset does. */
    void clear(String username) {
        jdbc.update("delete from login_attempt where username = ?", key(username));
        jdbc.update("delete from login_lock where username = ?", key(username));
    }

    /** Claims and counts for one username wait for each other, until the transaction ends. */
    private void serialize(String key) {
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {}, "login:" + key);
    }
}
