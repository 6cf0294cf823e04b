package app.breakeven.security;

import app.breakeven.base.Secrets;
import java.time.Clock;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a first start (no accounts yet) creates the account "admin" with every role but
 * viewer. Its password comes from BREAKEVEN_ADMIN_PASSWORD, or is random and printed
 * to the log this once; there is never a fixed default. Instances started together on one
 * database take turns (a PostgreSQL advisory lock held to the end of the transaction), so the
 * first creates the account and the others find it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String configured;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    FirstAdmin(
            AccountRepository accounts,
            PasswordEncoder encoder,
            Clock clock,
            @Value("${breakeven.admin-password:}") String configured,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.configured = configured;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('breakeven.first-admin'))");
        if (accounts.count() > 0) {
            return;
        }
        boolean random = configured.isBlank();
        if (!random && configured.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "BREAKEVEN_ADMIN_PASSWORD needs at least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        String password = random ? Secrets.password() : configured;
        Account admin = accounts.saveAndFlush(new Account(
                USERNAME,
                "Administrator",
                encoder.encode(password),
                EnumSet.of(Role.ADMIN, Role.ANALYST, Role.PLANNER),
                clock.instant()));
        events.publishEvent(new FirstAdminCreated(admin.getId()));
        if (random) {
            LOG.warn("""

                    First start: created the account '{}' with the password

                        {}

                    It is shown only this once. Sign in and change it, or set BREAKEVEN_ADMIN_PASSWORD \
                    before the first start to choose it.
                    """, USERNAME, password);
        } else {
            LOG.info("First start: created the account '{}' with the password from BREAKEVEN_ADMIN_PASSWORD", USERNAME);
        }
    }
}
