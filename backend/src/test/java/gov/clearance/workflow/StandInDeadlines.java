package gov.clearance.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The stand-in for {@code deadlineTimers} where no processing clock runs (process tests, the benchmark's
 * bare engine): agency deadlines 30 days, appeal windows 5, boards 11 and final denials 45 days from now;
 * the applicant's answer date 30 days from now.
 */
public final class StandInDeadlines {

    public Date agencyDeadline(DelegateExecution execution) {
        return daysFromNow(30);
    }

    public Date appealWindowCloses(DelegateExecution execution) {
        return daysFromNow(5);
    }

    public Date boardDeadline(DelegateExecution execution) {
        return daysFromNow(11);
    }

    public Date applicantAnswerDue(DelegateExecution execution) {
        return daysFromNow(30);
    }

    public Date denialBecomesFinal(DelegateExecution execution) {
        return daysFromNow(45);
    }

    private static Date daysFromNow(int days) {
        return Date.from(Instant.now().plus(Duration.ofDays(days)));
    }
}
