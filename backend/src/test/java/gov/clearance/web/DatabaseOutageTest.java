package gov.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        assertThat(DatabaseOutage.explains(new RuntimeException("flush failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("the database system is shutting down", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.explains(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("clearance - Connection is not available")))).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolAlreadyClosedIsAnOutage() {
        assertThat(DatabaseOutage.explains(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void theDriversAssertionOnAConnectionLostMidBatchIsAnOutage() {
        AssertionError driver = new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        driver.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.postgresql.jdbc.BatchResultHandler", "isAutoCommit", null, 115)});
        assertThat(DatabaseOutage.explains(new RuntimeException(driver))).isTrue();

        AssertionError ours = new AssertionError("an invariant of ours");
        ours.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("gov.clearance.intake.Applications", "submit", null, 1)});
        assertThat(DatabaseOutage.explains(new RuntimeException(ours))).isFalse();
    }

    @Test
    void faultsOfTheRequestOrTheApplicationAreNotOutages() {
        assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.explains(new SQLException("Connection is closed", "42000"))).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalStateException("bug"))).isFalse();
    }
}
