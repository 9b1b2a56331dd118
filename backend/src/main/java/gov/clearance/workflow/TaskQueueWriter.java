package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.*;

import gov.clearance.deadline.CaseClockView;
import gov.clearance.deadline.DeadlineKind;
import gov.clearance.deadline.DeadlineView;
import gov.clearance.deadline.Deadlines;
import gov.clearance.deadline.HoldsChanged;
import gov.clearance.intake.ApplicationForm;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.position.AssessmentView;
import gov.clearance.position.Positions;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the task queue's table ({@code workflow_queue_task}) in step with the engine: a row when a task of the
 * license process is created, its assignee when it is claimed, released or assigned, no row once it is
 * completed or deleted. Each write runs in the transaction of the engine command that raised the event, so the
 * queue never shows a task the engine does not have. The facts of the case are read once, when the task is
 * created, from the intake, deadline, referral and position modules' public services; a hold moving the case's
 * deadlines refreshes its rows.
 */
@Component
class TaskQueueWriter {

    private final JdbcTemplate jdbc;
    private final Applications applications;
    private final Deadlines deadlines;
    private final Referrals referrals;
    private final Positions positions;
    private final Clock clock;

    TaskQueueWriter(JdbcTemplate jdbc, Applications applications, Deadlines deadlines, Referrals referrals,
            Positions positions, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.deadlines = deadlines;
        this.referrals = referrals;
        this.positions = positions;
        this.clock = clock;
    }

    /** The engine created a task: its row, with the facts of its case as they stand now. */
    void created(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        String group = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().findFirst().orElse(null);
        if (group == null) {
            return; // offered to nobody: no queue shows it
        }
        UUID applicationId = UUID.fromString((String) task.getVariable(VAR_APPLICATION_ID));
        String agency = TASK_COMPONENT_ASSESSMENT.equals(key) ? (String) task.getVariable(VAR_AGENCY) : group;
        ApplicationView application = applications.view(applicationId);
        ApplicationForm form = application.form();
        jdbc.update("""
                insert into workflow_queue_task (task_id, process_instance_id, application_id, task_type, task_name,
                    candidate_group, agency, component, control_number, organization, applicant_name,
                    destination_country, eccns, eccn_text, total_value, assignee, claimed_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (task_id) do nothing""",
                task.getId(), task.getProcessInstanceId(), applicationId, CaseTasks.TYPES.getOrDefault(key, key),
                Objects.requireNonNullElse(task.getName(), ""), group, agency,
                TASK_COMPONENT_ASSESSMENT.equals(key) ? group : null,
                Objects.requireNonNullElse(application.controlNumber(), ""), application.organization(),
                form.applicant() == null ? null : form.applicant().name(), form.destinationCountry(),
                eccns(form).toArray(String[]::new), eccnText(eccns(form)), form.totalValue(), task.getAssignee(),
                task.getAssignee() == null ? null : Timestamp.from(clock.instant()),
                Timestamp.from(task.getCreateTime() == null ? clock.instant() : task.getCreateTime().toInstant()));
        refresh(applicationId, task.getId());
    }

    /** The task was claimed, released or given to someone: its assignee, and when they took it. */
    void assigned(String taskId, String assignee) {
        lockEngineTask(taskId);
        jdbc.update("""
                update workflow_queue_task
                set claimed_at = ?, assignee = ?
                where task_id = ? and assignee is distinct from ?""",
                assignee == null ? null : Timestamp.from(clock.instant()), assignee, taskId, assignee);
    }

    /**
     * The task was completed or deleted: how long it took, for the dashboard's time per stage (the engine's
     * history holds the same, but only a sort of all of it finds a stage's recent tasks).
     */
    void finished(DelegateTask task) {
        Instant created = task.getCreateTime() == null ? clock.instant() : task.getCreateTime().toInstant();
        Instant now = clock.instant();
        Object applicationId = task.getVariable(VAR_APPLICATION_ID);
        jdbc.update("""
                insert into workflow_stage_duration (task_id, application_id, task_key, task_name, finished_at,
                    duration_ms)
                values (?, ?, ?, ?, ?, ?)
                on conflict (task_id) do nothing""",
                task.getId(), applicationId == null ? null : UUID.fromString((String) applicationId),
                task.getTaskDefinitionKey(), task.getName(), Timestamp.from(now),
                Math.max(0, java.time.Duration.between(created, now).toMillis()));
    }

    /** The task was completed or deleted (its process moved on without it): it leaves the queue. */
    void removed(String taskId) {
        lockEngineTask(taskId);
        jdbc.update("delete from workflow_queue_task where task_id = ?", taskId);
    }

    /**
     * Takes the engine's task row before the queue's, as a claim does ({@link CaseTasks}): two transactions on the
     * same task (a claim and a completion) then wait for each other in one order, never in a deadlock.
     */
    private void lockEngineTask(String taskId) {
        jdbc.queryForList("select id_ from act_ru_task where id_ = ? for update", String.class, taskId);
    }

    @EventListener
    void on(HoldsChanged changed) {
        refreshCase(changed.applicationId());
    }

    /** Rows the upgrade's migration copied from the engine: their deadlines, referral and assessment. */
    void completePendingRows(java.util.function.Function<String, String> agencyOfAssessment) {
        List<Map<String, Object>> pending = jdbc.queryForList("""
                select task_id, application_id, task_type, candidate_group from workflow_queue_task
                where facts_pending""");
        for (Map<String, Object> row : pending) {
            String taskId = (String) row.get("task_id");
            if ("COMPONENT_ASSESSMENT".equals(row.get("task_type"))) {
                String agency = agencyOfAssessment.apply(taskId);
                jdbc.update("update workflow_queue_task set agency = ?, component = candidate_group where task_id = ?",
                        agency == null ? row.get("candidate_group") : agency, taskId);
            }
        }
        pending.stream().map(row -> (UUID) row.get("application_id")).distinct().forEach(this::refreshCase);
        jdbc.update("update workflow_queue_task set facts_pending = false where facts_pending");
    }

    /**
     * The facts of a case's rows that move while the task waits: the processing clock, each task's deadline
     * (a hold moves it), and the referral and assessment the task answers.
     */
    void refreshCase(UUID applicationId) {
        refresh(applicationId, null);
    }

    /** {@link #refreshCase} for one task of the case, or (with {@code null}) all of them. */
    private void refresh(UUID applicationId, String onlyTaskId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select task_id, task_type, agency, candidate_group "
                + "from workflow_queue_task where application_id = ? and (?::varchar is null or task_id = ?)",
                applicationId, onlyTaskId, onlyTaskId);
        if (rows.isEmpty()) {
            return;
        }
        CaseClockView caseClock = deadlines.clockOf(applicationId);
        List<ReferralView> current = referrals.currentReferrals(applicationId);
        for (Map<String, Object> row : rows) {
            String type = (String) row.get("task_type");
            String agency = (String) row.get("agency");
            String group = (String) row.get("candidate_group");
            UUID referralId = null;
            UUID assessmentId = null;
            if ("AGENCY_REVIEW".equals(type) || "COMPONENT_ASSESSMENT".equals(type)) {
                referralId = current.stream().filter(referral -> referral.agency().equals(agency))
                        .map(ReferralView::id).findFirst().orElse(null);
                if ("COMPONENT_ASSESSMENT".equals(type) && referralId != null) {
                    assessmentId = positions.assessmentsOf(referralId).stream()
                            .filter(assessment -> !assessment.recorded() && assessment.component().equals(group))
                            .map(AssessmentView::id).findFirst().orElse(null);
                }
            }
            Instant due = due(caseClock.deadlines(), type, agency).map(DeadlineView::dueBy).orElse(null);
            jdbc.update("""
                    update workflow_queue_task set processing_day = ?, processing_day_on = ?, on_hold = ?, due_at = ?,
                        referral_id = ?, assessment_id = ?
                    where task_id = ?""",
                    caseClock.processingDay(), caseClock.today(), caseClock.onHold(),
                    due == null ? null : Timestamp.from(due), referralId, assessmentId, row.get("task_id"));
        }
    }

    /** When the task's legal deadline passes, as the case's processing clock projects it. */
    static Optional<DeadlineView> due(List<DeadlineView> caseDeadlines, String type, String agency) {
        return switch (type) {
            case "BIS_REVIEW" -> Deadlines.latest(caseDeadlines, DeadlineKind.BIS_REVIEW, null)
                    .filter(bis -> bis.metAt() == null)
                    .or(() -> Deadlines.latest(caseDeadlines, DeadlineKind.RESOLUTION, null));
            case "AGENCY_REVIEW", "COMPONENT_ASSESSMENT" ->
                    Deadlines.latest(caseDeadlines, DeadlineKind.AGENCY_REVIEW, agency);
            case "OC_DECISION" -> Deadlines.latest(caseDeadlines, DeadlineKind.OPERATING_COMMITTEE, null);
            case "BOARD_VOTE" -> Deadlines.latest(caseDeadlines, DeadlineKind.BOARD, null);
            case "LADDER_DENIAL_NOTICE" -> Deadlines.latest(caseDeadlines, DeadlineKind.LADDER_DENIAL_NOTICE, null);
            default -> Deadlines.latest(caseDeadlines, DeadlineKind.RESOLUTION, null);
        };
    }

    /** The items' ECCNs as intake keeps them for its search (as written, each once, in order). */
    static List<String> eccns(ApplicationForm form) {
        return form.items().stream().filter(Objects::nonNull).map(ApplicationForm.Item::eccn)
                .filter(eccn -> eccn != null && !eccn.isBlank()).map(String::strip)
                .distinct().sorted().toList();
    }

    /** The ECCNs as words for a prefix search: {@code " 3a001 5a002"}. */
    static String eccnText(List<String> eccns) {
        StringBuilder text = new StringBuilder();
        eccns.forEach(eccn -> text.append(' ').append(eccn.toLowerCase(Locale.ROOT)));
        return text.length() == 0 ? " " : text.toString();
    }

    /** Today, as the processing clock counts days (US Eastern). */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Deadlines.EASTERN);
    }
}
