package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.*;

import gov.clearance.decision.AppealFiled;
import gov.clearance.decision.BoardVoteCast;
import gov.clearance.decision.DecisionRecorded;
import gov.clearance.decision.EscalationLevel;
import gov.clearance.decision.IntentEvents;
import gov.clearance.decision.RulingRecorded;
import gov.clearance.intake.ApplicantResponded;
import gov.clearance.intake.ApplicationSubmitted;
import gov.clearance.position.AssessmentRecorded;
import gov.clearance.position.AssessmentsRequested;
import gov.clearance.position.PositionRecorded;
import gov.clearance.position.PositionType;
import gov.clearance.referral.BisReviewRecorded;
import gov.clearance.shared.ConflictException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves each case's process on when the domain records a fact. The listeners run inside the
 * transaction that recorded the fact, so the fact and the process step are stored together: if the
 * process cannot move (the task is claimed by someone else, or was completed a moment ago), the
 * fact is not stored either.
 */
@Component
class CaseProcessDriver {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    CaseProcessDriver(RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        inTurn(() -> runtime.startProcessInstanceByKey(KEY, submitted.applicationId().toString(),
                Map.of(VAR_APPLICATION_ID, submitted.applicationId().toString(),
                        VAR_CONTROL_NUMBER, submitted.controlNumber())));
    }

    @EventListener
    void on(BisReviewRecorded review) {
        if (review.whileAwaitingApplicant()) {
            // the answer date passed and BIS has a task to return the case, or BIS returns it before then
            Map<String, Object> variables = Map.of(VAR_REVIEW_ACTION, review.action().name());
            if (openTasks(review.applicationId(), TASK_RETURN_FOR_NO_ANSWER, null).isEmpty()) {
                correlate(MESSAGE_RETURNED_WHILE_AWAITING_APPLICANT, review.applicationId(), variables);
            } else {
                complete(review.applicationId(), TASK_RETURN_FOR_NO_ANSWER, null, review.reviewedBy(), variables);
            }
            return;
        }
        Map<String, Object> variables = new HashMap<>(Map.of(VAR_REVIEW_ACTION, review.action().name(),
                VAR_REFERRAL_AGENCIES, new ArrayList<>(review.agencies())));
        if (review.respondBy() != null) {
            variables.put(VAR_APPLICANT_ANSWER_DUE_ON, review.respondBy().toString());
        }
        complete(review.applicationId(), TASK_BIS_REVIEW, null, review.reviewedBy(), variables);
    }

    @EventListener
    void on(ApplicantResponded responded) {
        correlate(MESSAGE_APPLICANT_RESPONDED, responded.applicationId(), Map.of());
    }

    @EventListener
    void on(AssessmentsRequested requested) {
        // the agency is the multi-instance element variable, held by a parent of the subscribing scope
        Execution referralScope = runtime.createExecutionQuery()
                .processInstanceBusinessKey(requested.applicationId().toString())
                .messageEventSubscriptionName(MESSAGE_ASSESSMENTS_REQUESTED)
                .list().stream()
                .filter(execution -> requested.agency().equals(runtime.getVariable(execution.getId(), VAR_AGENCY)))
                .findFirst().orElse(null);
        if (referralScope == null) {
            throw new ConflictException("The referral to " + requested.agency() + " is not open for assessments");
        }
        inTurn(() -> runtime.messageEventReceived(MESSAGE_ASSESSMENTS_REQUESTED, referralScope.getId(),
                Map.of(VAR_ASSESSMENT_COMPONENTS, new ArrayList<>(requested.components()))));
    }

    @EventListener
    void on(AssessmentRecorded recorded) {
        complete(recorded.applicationId(), TASK_COMPONENT_ASSESSMENT, recorded.component(), recorded.recordedBy(),
                Map.of());
    }

    @EventListener
    void on(PositionRecorded recorded) {
        if (recorded.type() == PositionType.DEEMED_NO_OBJECTION) {
            return; // recorded by the process itself when the agency's deadline timer fired
        }
        if (recorded.supersedes() != null) {
            // its review task ended with the return; the new position interrupts BIS's blocked decision, if the
            // case waits there (while other agencies still review, it is reconciled when they finish)
            if (!openTasks(recorded.applicationId(), TASK_DECIDE_BLOCKED, null).isEmpty()) {
                correlate(MESSAGE_POSITION_SUPERSEDED, recorded.applicationId(), Map.of());
            }
            return;
        }
        complete(recorded.applicationId(), TASK_AGENCY_REVIEW, recorded.agency(), recorded.recordedBy(), Map.of());
    }

    @EventListener
    void on(DecisionRecorded decided) {
        if (!decided.closesDecisionTask()) {
            return; // closing without referral is a step of the process itself, not a task
        }
        // BIS decides an agreed case, or returns a blocked one (the domain allows nothing else there)
        String taskKey = openTasks(decided.applicationId(), TASK_DECIDE_BLOCKED, null).isEmpty() ? TASK_DECIDE
                : TASK_DECIDE_BLOCKED;
        complete(decided.applicationId(), taskKey, null, decided.decidedBy(),
                Map.of(VAR_DECISION_OUTCOME, decided.outcome().name(),
                        VAR_LICENSE_GRANTED, decided.outcome().grantsLicense(), VAR_INTENT_TO_DENY, false));
    }

    @EventListener
    void on(RulingRecorded ruling) {
        if (ruling.level() == EscalationLevel.OPERATING_COMMITTEE) {
            complete(ruling.applicationId(), TASK_OPERATING_COMMITTEE_DECISION, null, ruling.ruledBy(), Map.of());
        } else if (ruling.level() == EscalationLevel.PRESIDENT) {
            complete(ruling.applicationId(), TASK_PRESIDENTIAL_DECISION, null, ruling.ruledBy(), Map.of());
        }
        // ACEP and EARB rulings are tallied by the process itself
    }

    @EventListener
    void on(AppealFiled appeal) {
        correlate(MESSAGE_APPEAL_FILED, appeal.applicationId(), Map.of(VAR_APPEALED_TO, appeal.toLevel().name(),
                VAR_BOARD_MEMBERS, new ArrayList<>(appeal.members())));
    }

    @EventListener
    void on(BoardVoteCast vote) {
        complete(vote.applicationId(), TASK_BOARD_VOTE, "BOARD/" + vote.memberAgency(), vote.votedBy(), Map.of());
    }

    @EventListener
    void on(IntentEvents.Issued issued) {
        // the notice follows BIS's own decision, or a denial reached on the escalation ladder
        String taskKey = openTasks(issued.applicationId(), TASK_NOTICE_LADDER_DENIAL, null).isEmpty() ? TASK_DECIDE
                : TASK_NOTICE_LADDER_DENIAL;
        complete(issued.applicationId(), taskKey, null, issued.issuedBy(), Map.of(VAR_DECISION_OUTCOME, "DENIED",
                VAR_LICENSE_GRANTED, false, VAR_INTENT_TO_DENY, true));
    }

    @EventListener
    void on(IntentEvents.Withdrawn withdrawn) {
        correlate(MESSAGE_DENIAL_WITHDRAWN, withdrawn.applicationId(), Map.of());
    }

    @EventListener
    void on(IntentEvents.Appealed appealed) {
        correlate(MESSAGE_DENIAL_APPEALED, appealed.applicationId(), Map.of());
    }

    @EventListener
    void on(IntentEvents.AppealDecided decided) {
        complete(decided.applicationId(), TASK_DECIDE_DENIAL_APPEAL, null, decided.decidedBy(),
                Map.of(VAR_DENIAL_APPEAL_GRANTED, decided.granted()));
    }

    private void correlate(String message, UUID applicationId, Map<String, Object> variables) {
        inTurn(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(applicationId.toString())
                .setVariables(variables).correlateWithResult());
    }

    /**
     * Runs an engine command in the domain's transaction. The engine guards each process instance with optimistic
     * locks: when another transaction moved the same process a moment ago, this one is refused with a 409, and
     * the fact recorded with it is rolled back with it, so nothing is left half done.
     */
    private static void inTurn(Runnable command) {
        try {
            command.run();
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Someone else acted on this case at the same time; reload it and try again");
        }
    }

    private void complete(UUID applicationId, String taskKey, String group, String user, Map<String, Object> variables) {
        List<Task> open = openTasks(applicationId, taskKey, group);
        if (open.isEmpty()) {
            throw new ConflictException("There is no open " + taskKey.replace("Task_", "") + " task for this case"
                    + (group == null ? "" : " and " + group));
        }
        Task task = open.get(0);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new ConflictException("The task is claimed by " + task.getAssignee());
        }
        String previous = identity.getCurrentAuthentication() == null
                ? null : identity.getCurrentAuthentication().getUserId();
        identity.setAuthenticatedUserId(user);
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException | NullValueException e) {
            // NullValueException: the task was completed, and its transaction committed, after we found it open
            throw new ConflictException("Someone else completed this step at the same time");
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthenticatedUserId(previous);
            }
        }
    }

    private List<Task> openTasks(UUID applicationId, String taskKey, String group) {
        var query = tasks.createTaskQuery()
                .processInstanceBusinessKey(applicationId.toString())
                .taskDefinitionKey(taskKey)
                .active();
        if (group != null) {
            query.taskCandidateGroup(group).includeAssignedTasks();
        }
        return query.list();
    }
}
