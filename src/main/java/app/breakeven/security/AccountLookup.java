package app.breakeven.security;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The enabled account behind a session, as it is now. Asked on every request a signed-in
 * session makes, so it is one query without a transaction: the account's row with its roles.
 */
@Component
class AccountLookup {

    private static final String CURRENT = """
            select u.username, u.password_changed_at, r.role
            from app_user u left join app_user_role r on r.user_id = u.id
            where u.id = ? and u.enabled
            """;

    private final JdbcTemplate jdbc;

    AccountLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's name, roles and password date, without its password; empty when deleted or disabled. */
    Optional<AccountPrincipal> current(long id) {
        var row = new Object() {
            String username;
            OffsetDateTime passwordChangedAt;
            final Set<Role> roles = EnumSet.noneOf(Role.class);
        };
        jdbc.query(
                CURRENT,
                rs -> {
                    row.username = rs.getString(1);
                    row.passwordChangedAt = rs.getObject(2, OffsetDateTime.class);
                    String role = rs.getString(3);
                    if (role != null) {
                        row.roles.add(Role.valueOf(role));
                    }
                },
                id);
        return row.username == null
                ? Optional.empty()
                : Optional.of(new AccountPrincipal(
                        id, row.username, row.roles, true, row.passwordChangedAt.toInstant(), null));
    }
}
