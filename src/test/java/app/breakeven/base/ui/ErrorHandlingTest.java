package app.breakeven.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.base.web.DatabaseOutage;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorHandlingTest {

    /** A database that answers, or one that cannot be reached. */
    private static AbstractDataSource database(boolean up) {
        return new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                if (!up) {
                    throw new SQLException("Connection refused", "08001");
                }
                return (Connection) Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, args) -> method.getName().equals("isValid") ? Boolean.TRUE : null);
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }
        };
    }

    private static String message(boolean databaseUp, Throwable failure) {
        return new ErrorHandling(new DatabaseOutage(database(databaseUp))).message(failure);
    }

    @Test
    void a_refusal_says_what_the_account_may_not_do() {
        assertThat(message(true, new IllegalStateException(new AccessDeniedException("Only admins manage accounts"))))
                .isEqualTo("Your account may not do this: Only admins manage accounts");
    }

    @Test
    void a_failure_shaped_like_an_outage_says_the_database_cannot_be_reached() {
        assertThat(message(true, new CannotCreateTransactionException("no connection")))
                .isEqualTo(DatabaseOutage.MESSAGE);
    }

    @Test
    void a_failure_of_no_known_shape_while_the_database_is_out_says_so_too() {
        assertThat(message(false, new IllegalStateException("rollback failed"))).isEqualTo(DatabaseOutage.MESSAGE);
    }

    @Test
    void any_other_failure_says_nothing_was_changed() {
        assertThat(message(true, new IllegalStateException("a bug"))).isEqualTo(ErrorHandling.FAILED);
    }
}
