package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.*;

import gov.clearance.audit.AuditTrail;
import gov.clearance.deadline.DeadlineKind;
import gov.clearance.deadline.DeadlineView;
import gov.clearance.deadline.Deadlines;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.position.AssessmentView;
import gov.clearance.position.Positions;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.NotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Staff task lists: each user sees the tasks offered to their agency (or component), and claims them. */
@Service
public class CaseTasks {

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry(TASK_BIS_REVIEW, "BIS_REVIEW"),
            Map.entry(TASK_AGENCY_REVIEW, "AGENCY_REVIEW"),
            Map.entry(TASK_COMPONENT_ASSESSMENT, "COMPONENT_ASSESSMENT"),
            Map.entry(TASK_DECIDE, "DECISION"),
            Map.entry(TASK_DECIDE_BLOCKED, "DECISION"),
            Map.entry(TASK_OPERATING_COMMITTEE_DECISION, "OC_DECISION"),
            Map.entry(TASK_BOARD_VOTE, "BOARD_VOTE"),
            Map.entry(TASK_PRESIDENTIAL_DECISION, "PRESIDENTIAL_DECISION"),
            Map.entry(TASK_DECIDE_DENIAL_APPEAL, "DENIAL_APPEAL"),
            Map.entry(TASK_RETURN_FOR_NO_ANSWER, "RETURN_FOR_NO_ANSWER"),
            Map.entry(TASK_NOTICE_LADDER_DENIAL, "LADDER_DENIAL_NOTICE"));

    /** Audit actions of claims and releases, shown in the case's timeline to the staff who see the case. */
    public static final String TASK_CLAIMED = "TASK_CLAIMED";
    public static final String TASK_RELEASED = "TASK_RELEASED";

    private final TaskService tasks;
    private final AuditTrail audit;
    private final ObjectProvider<TaskActions> actions;
    private final Referrals referrals;
    private final Positions positions;
    private final Deadlines deadlines;
    private final org.camunda.bpm.engine.HistoryService history;
    private final RuntimeService runtime;
    private final CandidateGroups groups;
    private final JdbcTemplate jdbc;

    CaseTasks(TaskService tasks, Referrals referrals, Positions positions, Deadlines deadlines,
            org.camunda.bpm.engine.HistoryService history, RuntimeService runtime, CandidateGroups groups,
            AuditTrail audit, ObjectProvider<TaskActions> actions, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actions = actions;
        this.history = history;
        this.runtime = runtime;
        this.groups = groups;
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.referrals = referrals;
        this.positions = positions;
    }

    /** The median time each stage took over its most recent finished tasks (at most {@code sample} a stage). */
    @Transactional(readOnly = true)
    public List<StageDuration> stageDurations(int sample) {
        List<StageDuration> durations = new java.util.ArrayList<>();
        TYPES.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(type -> {
            List<org.camunda.bpm.engine.history.HistoricTaskInstance> finished = history
                    .createHistoricTaskInstanceQuery().taskDefinitionKey(type.getKey()).finished()
                    .orderByHistoricTaskInstanceEndTime().desc().listPage(0, sample);
            if (finished.isEmpty()) {
                return;
            }
            double[] days = finished.stream().mapToDouble(task -> task.getDurationInMillis() / 86_400_000.0).sorted()
                    .toArray();
            double median = days.length % 2 == 1 ? days[days.length / 2]
                    : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
            durations.add(new StageDuration(type.getValue(), finished.get(0).getName(), days.length,
                    Math.round(median * 100) / 100.0));
        });
        return durations;
    }

    /**
     * The open tasks the user may work, overdue and soonest due first, then oldest first. Read in one
     * transaction: the engine's queries, the tasks' groups, deadlines, referrals and allowed actions would
     * otherwise each commit on their own.
     */
    @Transactional(readOnly = true)
    public List<TaskView> tasksFor(CurrentUser user, UUID applicationId, String type) {
        Optional<TaskQuery> visible = visibleTo(user);
        if (visible.isEmpty()) {
            return List.of();
        }
        TaskQuery query = visible.get().active();
        if (applicationId != null) {
            query.processInstanceBusinessKey(applicationId.toString());
        }
        if (type != null && !type.isBlank()) {
            String key = TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> gov.clearance.shared.InvalidRequestException.of("type",
                            "must be one of " + TYPES.values().stream().sorted().toList()));
            query.taskDefinitionKey(key);
        }
        return views(query.orderByTaskCreateTime().asc().listPage(0, 1000)).stream()
                .map(task -> task.allowing(actions.getObject().allowedOn(user, task)))
                .sorted(Comparator.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TaskView::created))
                .toList();
    }

    /**
     * One open task of the license process, whoever it is offered to: for the access policy, which decides
     * who may claim or release it before anything about the task is looked at.
     */
    @Transactional(readOnly = true)
    public Optional<TaskView> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(KEY).taskId(taskId).singleResult())
                .map(this::view);
    }

    /** Claims the task for the user (the access policy has checked that it is offered to them); audited. */
    @Transactional
    public TaskView claim(CurrentUser user, String taskId) {
        Task task = lockedTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("The task is already claimed by " + task.getAssignee());
        }
        TaskView before = view(task);
        try {
            tasks.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            // claimed by someone else between our reading and the engine's write: the engine keeps the first claim
            throw new ConflictException("Someone else claimed the task at the same time");
        } catch (NullValueException e) {
            throw new ConflictException("The task was completed at the same time");
        }
        TaskView after = allowing(user, view(openTask(taskId)));
        if (task.getAssignee() == null) {
            audit.record(after.applicationId(), user, TASK_CLAIMED, before, after);
        }
        return after;
    }

    /**
     * Releases a claimed task: the one who claimed it, or an administrator (whose release of someone else's
     * claim names that person in the case's timeline).
     */
    @Transactional
    public TaskView unclaim(CurrentUser user, String taskId) {
        Task task = lockedTask(taskId);
        if (task.getAssignee() == null) {
            throw new ConflictException("The task is not claimed");
        }
        if (!task.getAssignee().equals(user.username()) && !user.has(Role.ADMIN)) {
            throw new ConflictException("The task is claimed by " + task.getAssignee() + "; only they can release it");
        }
        TaskView before = view(task);
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Someone else released or claimed the task at the same time");
        } catch (NullValueException e) {
            throw new ConflictException("The task was completed at the same time");
        }
        TaskView after = allowing(user, view(openTask(taskId)));
        audit.record(after.applicationId(), user, TASK_RELEASED, before, after);
        return after;
    }

    private TaskView allowing(CurrentUser user, TaskView task) {
        return task.allowing(actions.getObject().allowedOn(user, task));
    }

    /**
     * The task, read after taking its row's lock: copies of a claim or release arriving at the same moment check
     * its assignee one after another, so exactly one of them acts and the others see what it did.
     */
    private Task lockedTask(String taskId) {
        jdbc.queryForList("select id_ from act_ru_task where id_ = ? for update", String.class, taskId);
        return openTask(taskId);
    }

    private Task openTask(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(KEY).taskId(taskId).singleResult())
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** The tasks the user may see: every task for an administrator, their groups' otherwise; none without a group. */
    private Optional<TaskQuery> visibleTo(CurrentUser user) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(KEY);
        if (user.has(Role.ADMIN)) {
            return Optional.of(query);
        }
        List<String> groups = List.copyOf(user.taskGroups());
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query.taskCandidateGroupIn(groups).includeAssignedTasks());
    }

    private TaskView view(Task task) {
        return views(List.of(task)).get(0);
    }

    /**
     * Views of a list of tasks. What they show is read for the whole list at once: the tasks' candidate
     * groups, their cases' ids and control numbers, the cases' deadlines and current referrals; only a
     * component assessment reads its agency and assessment on its own.
     */
    private List<TaskView> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> groupOf = groups.candidateGroupOf(found.stream().map(Task::getId).toList());
        Map<String, Map<String, Object>> processVariables = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .executionIdIn(found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
                .variableNameIn(VAR_APPLICATION_ID, VAR_CONTROL_NUMBER).disableBinaryFetching()
                .disableCustomObjectDeserialization().list()
                .forEach(variable -> processVariables.computeIfAbsent(variable.getExecutionId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue()));
        Map<String, UUID> caseOf = new HashMap<>();
        for (Task task : found) {
            Map<String, Object> variables = processVariables.getOrDefault(task.getProcessInstanceId(), Map.of());
            Object applicationId = variables.containsKey(VAR_APPLICATION_ID) ? variables.get(VAR_APPLICATION_ID)
                    : tasks.getVariable(task.getId(), VAR_APPLICATION_ID);
            caseOf.put(task.getId(), UUID.fromString((String) applicationId));
        }
        // an agency's list (its review and assessment tasks) shows only agency deadlines: read only what they need
        boolean agencyTasksOnly = found.stream().allMatch(task -> TASK_AGENCY_REVIEW.equals(task.getTaskDefinitionKey())
                || TASK_COMPONENT_ASSESSMENT.equals(task.getTaskDefinitionKey()));
        Map<UUID, List<DeadlineView>> deadlinesByCase = agencyTasksOnly
                ? deadlines.agencyDeadlinesOf(Set.copyOf(caseOf.values()))
                : deadlines.deadlinesOf(Set.copyOf(caseOf.values()));
        Set<UUID> referred = found.stream()
                .filter(task -> TASK_AGENCY_REVIEW.equals(task.getTaskDefinitionKey())
                        || TASK_COMPONENT_ASSESSMENT.equals(task.getTaskDefinitionKey()))
                .map(task -> caseOf.get(task.getId())).collect(Collectors.toSet());
        Map<UUID, List<ReferralView>> currentReferrals = referred.isEmpty() ? Map.of()
                : referrals.currentReferrals(referred);
        return found.stream().map(task -> {
            Map<String, Object> variables = processVariables.getOrDefault(task.getProcessInstanceId(), Map.of());
            String controlNumber = variables.containsKey(VAR_CONTROL_NUMBER) ? (String) variables.get(VAR_CONTROL_NUMBER)
                    : (String) tasks.getVariable(task.getId(), VAR_CONTROL_NUMBER);
            UUID applicationId = caseOf.get(task.getId());
            return view(task, applicationId, controlNumber, groupOf.get(task.getId()),
                    deadlinesByCase.get(applicationId), currentReferrals.getOrDefault(applicationId, List.of()));
        }).toList();
    }

    private TaskView view(Task task, UUID applicationId, String controlNumber, String group,
            List<DeadlineView> caseDeadlines, List<ReferralView> currentReferrals) {
        String key = task.getTaskDefinitionKey();
        UUID referralId = null;
        UUID assessmentId = null;
        if (TASK_AGENCY_REVIEW.equals(key) || TASK_COMPONENT_ASSESSMENT.equals(key)) {
            String agency = TASK_AGENCY_REVIEW.equals(key) ? group
                    : (String) tasks.getVariable(task.getId(), VAR_AGENCY);
            Optional<ReferralView> referral = currentReferrals.stream()
                    .filter(candidate -> candidate.agency().equals(agency)).findFirst();
            referralId = referral.map(ReferralView::id).orElse(null);
            if (TASK_COMPONENT_ASSESSMENT.equals(key) && referralId != null) {
                assessmentId = positions.assessmentsOf(referralId).stream()
                        .filter(assessment -> !assessment.recorded() && assessment.component().equals(group))
                        .map(AssessmentView::id).findFirst().orElse(null);
            }
        }
        return new TaskView(task.getId(), TYPES.getOrDefault(key, key), task.getName(), applicationId,
                controlNumber, group, instant(task.getCreateTime()), due(caseDeadlines, key, group, task),
                task.getAssignee(), referralId, assessmentId, List.of());
    }

    /** When the task's legal deadline passes, as the case's processing clock projects it. */
    private Instant due(List<DeadlineView> caseDeadlines, String key, String group, Task task) {
        Optional<DeadlineView> deadline = switch (key) {
            case TASK_BIS_REVIEW -> Deadlines.latest(caseDeadlines, DeadlineKind.BIS_REVIEW, null)
                    .filter(bis -> bis.metAt() == null)
                    .or(() -> Deadlines.latest(caseDeadlines, DeadlineKind.RESOLUTION, null));
            case TASK_AGENCY_REVIEW -> Deadlines.latest(caseDeadlines, DeadlineKind.AGENCY_REVIEW, group);
            case TASK_COMPONENT_ASSESSMENT -> Deadlines.latest(caseDeadlines, DeadlineKind.AGENCY_REVIEW,
                    (String) tasks.getVariable(task.getId(), VAR_AGENCY));
            case TASK_OPERATING_COMMITTEE_DECISION ->
                    Deadlines.latest(caseDeadlines, DeadlineKind.OPERATING_COMMITTEE, null);
            case TASK_BOARD_VOTE -> Deadlines.latest(caseDeadlines, DeadlineKind.BOARD, null);
            case TASK_NOTICE_LADDER_DENIAL -> Deadlines.latest(caseDeadlines, DeadlineKind.LADDER_DENIAL_NOTICE, null);
            default -> Deadlines.latest(caseDeadlines, DeadlineKind.RESOLUTION, null);
        };
        return deadline.map(DeadlineView::dueBy).orElse(null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
