package app.breakeven.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts tests sign in as, one per role and a second planner, added after the first
 * admin so that start-up behaves as on a real first start.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class TestAccounts implements ApplicationRunner {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String PLANNER = "planner";
    public static final String OTHER_PLANNER = "planner2";
    public static final String ANALYST = "analyst";
    public static final String VIEWER = "viewer";
    public static final String ADMIN = "boss";

    static final Map<String, Set<Role>> ROLES = Map.of(
            PLANNER, EnumSet.of(Role.PLANNER),
            OTHER_PLANNER, EnumSet.of(Role.PLANNER),
            ANALYST, EnumSet.of(Role.ANALYST),
            VIEWER, EnumSet.of(Role.VIEWER),
            ADMIN, EnumSet.of(Role.ADMIN));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    TestAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ROLES.forEach((name, roles) -> {
            if (accounts.findByUsername(name).isEmpty()) {
                accounts.save(new Account(name, name, encoder.encode(PASSWORD), roles, clock.instant()));
            }
        });
    }
}
