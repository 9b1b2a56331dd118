package gov.clearance.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means the database could not be reached (down, restarting, refusing or dropping
 * connections) rather than a fault of the request or of the application: such a request changed nothing and
 * can be sent again once the database is back.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByPool(sql))
                    || isDriverAssertionOnALostConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool closes a connection as soon as the driver reports it broken, and a later use of it (typically
     * the rollback of the failed transaction) then fails with this message and no SQLSTATE.
     */
    private static boolean isClosedByPool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /**
     * The PostgreSQL driver asserts, in the middle of a batch, that asking a connection for its auto-commit mode
     * does not throw; it throws only when the connection has been lost under the batch.
     */
    private static boolean isDriverAssertionOnALostConnection(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return failure instanceof AssertionError && frames.length > 0
                && frames[0].getClassName().startsWith("org.postgresql.");
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (the server shutting down or not yet accepting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
