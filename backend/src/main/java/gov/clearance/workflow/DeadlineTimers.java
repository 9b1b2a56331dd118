package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.KEY;
import static gov.clearance.workflow.LicenseApplicationProcess.TIMER_AGENCY_DEADLINE;
import static gov.clearance.workflow.LicenseApplicationProcess.TIMER_APPEAL_WINDOW;
import static gov.clearance.workflow.LicenseApplicationProcess.TIMER_BOARD_DEADLINE;
import static gov.clearance.workflow.LicenseApplicationProcess.TIMER_DENIAL_FINAL;
import static gov.clearance.workflow.LicenseApplicationProcess.VAR_AGENCY;
import static gov.clearance.workflow.LicenseApplicationProcess.VAR_APPLICANT_ANSWER_DUE_ON;

import gov.clearance.deadline.DeadlineKind;
import gov.clearance.deadline.Deadlines;
import gov.clearance.deadline.HoldsChanged;
import gov.clearance.decision.IntentsToDeny;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The due dates of the process's deadline timers. A timer is due when its deadline passes; while the
 * case is on hold no deadline advances, so its timers wait indefinitely and are set again, to the
 * deadline moved by the hold's length, when the hold ends.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    /** The due date of a timer whose deadline is stopped by a hold. */
    static final Date HELD = Date.from(LocalDate.of(9999, 12, 31).atStartOfDay(Deadlines.EASTERN).toInstant());

    private final Deadlines deadlines;
    private final IntentsToDeny intents;
    private final ManagementService management;
    private final RuntimeService runtime;

    DeadlineTimers(Deadlines deadlines, IntentsToDeny intents, ManagementService management, RuntimeService runtime) {
        this.deadlines = deadlines;
        this.intents = intents;
        this.management = management;
        this.runtime = runtime;
    }

    /** The due date of {@code Timer_AgencyDeadline}: the referred agency's deadline. */
    public Date agencyDeadline(DelegateExecution execution) {
        return agencyDeadline(UUID.fromString(execution.getProcessBusinessKey()),
                (String) execution.getVariable(VAR_AGENCY));
    }

    /** The due date of {@code Timer_AppealWindowClosed}: 5 days after the standing ruling. */
    public Date appealWindowCloses(DelegateExecution execution) {
        return due(UUID.fromString(execution.getProcessBusinessKey()), DeadlineKind.APPEAL_WINDOW, null);
    }

    /** The due date of {@code Timer_BoardDeadline}: 11 days after the appeal. */
    public Date boardDeadline(DelegateExecution execution) {
        return due(UUID.fromString(execution.getProcessBusinessKey()), DeadlineKind.BOARD, null);
    }

    /**
     * The due date of {@code Timer_ApplicantAnswerDue}: the end (US Eastern) of the last day BIS gave the
     * applicant to answer its question.
     */
    public Date applicantAnswerDue(DelegateExecution execution) {
        LocalDate lastDay = LocalDate.parse((String) execution.getVariable(VAR_APPLICANT_ANSWER_DUE_ON));
        return Date.from(lastDay.plusDays(1).atStartOfDay(Deadlines.EASTERN).toInstant());
    }

    /** The due date of {@code Timer_DenialFinal}: 45 days after the notice of intent to deny. */
    public Date denialBecomesFinal(DelegateExecution execution) {
        return denialBecomesFinal(UUID.fromString(execution.getProcessBusinessKey()));
    }

    private Date denialBecomesFinal(UUID applicationId) {
        return deadlines.onHold(applicationId) ? HELD : Date.from(intents.becomesFinalAt(applicationId));
    }

    private Date agencyDeadline(UUID applicationId, String agency) {
        return due(applicationId, DeadlineKind.AGENCY_REVIEW, agency);
    }

    private Date due(UUID applicationId, DeadlineKind kind, String agency) {
        return deadlines.dueBy(applicationId, kind, agency).map(Date::from).orElse(HELD);
    }

    @EventListener
    void on(HoldsChanged changed) {
        for (ProcessInstance process : runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(changed.applicationId().toString()).list()) {
            for (String timer : List.of(TIMER_AGENCY_DEADLINE, TIMER_APPEAL_WINDOW, TIMER_BOARD_DEADLINE,
                    TIMER_DENIAL_FINAL)) {
                for (Job job : management.createJobQuery().processInstanceId(process.getId()).timers()
                        .activityId(timer).list()) {
                    Date due = switch (timer) {
                        case TIMER_AGENCY_DEADLINE -> agencyDeadline(changed.applicationId(),
                                (String) runtime.getVariable(job.getExecutionId(), VAR_AGENCY));
                        case TIMER_APPEAL_WINDOW -> due(changed.applicationId(), DeadlineKind.APPEAL_WINDOW, null);
                        case TIMER_DENIAL_FINAL -> denialBecomesFinal(changed.applicationId());
                        default -> due(changed.applicationId(), DeadlineKind.BOARD, null);
                    };
                    if (!due.equals(job.getDuedate())) {
                        management.setJobDuedate(job.getId(), due);
                    }
                }
            }
        }
    }
}
