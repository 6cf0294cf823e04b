package app.breakeven.base.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by a database that cannot be reached apart from every other
 * failure, so that a caller hears "try again later" rather than a refusal or a crash.
 * Spring reports an outage in several shapes: no connection for a new transaction, a
 * pooled connection that died mid-query, the pool giving up after its connection timeout.
 * One shape hides it: when a query fails on a dead connection, the failed rollback that
 * follows replaces the exception with a generic one. So a failure of no known shape is an
 * outage if the database cannot be reached now.
 */
@Component
public class DatabaseOutage {

    /** How long callers are asked to wait before they try again. */
    public static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    public static final String MESSAGE = "Breakeven cannot reach its database right now. Try again in a minute.";

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private static final int MAX_CAUSES = 20;
    private static final int PROBE_SECONDS = 1;

    private final DataSource dataSource;

    public DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database being out explains this failure. */
    public boolean explains(Throwable failure) {
        return hasOutageShape(failure) || !reachable();
    }

    private static boolean hasOutageShape(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PROBE_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
