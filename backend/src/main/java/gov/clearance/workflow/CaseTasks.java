package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.*;

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
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff task lists: each user sees the tasks offered to their agency (or component), and claims them. */
@Service
public class CaseTasks {

    static final Map<String, String> TYPES = Map.of(
            TASK_BIS_REVIEW, "BIS_REVIEW",
            TASK_AGENCY_REVIEW, "AGENCY_REVIEW",
            TASK_COMPONENT_ASSESSMENT, "COMPONENT_ASSESSMENT",
            TASK_DECIDE, "DECISION",
            TASK_OPERATING_COMMITTEE_DECISION, "OC_DECISION",
            TASK_BOARD_VOTE, "BOARD_VOTE",
            TASK_PRESIDENTIAL_DECISION, "PRESIDENTIAL_DECISION",
            TASK_DECIDE_DENIAL_APPEAL, "DENIAL_APPEAL");

    private final TaskService tasks;
    private final Referrals referrals;
    private final Positions positions;
    private final Deadlines deadlines;
    private final org.camunda.bpm.engine.HistoryService history;

    CaseTasks(TaskService tasks, Referrals referrals, Positions positions, Deadlines deadlines,
            org.camunda.bpm.engine.HistoryService history) {
        this.history = history;
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.referrals = referrals;
        this.positions = positions;
    }

    /** The open tasks the user may work, overdue and soonest due first, then oldest first. */
    @Transactional(readOnly = true)
    /** The median time each stage took over its most recent finished tasks (at most {@code sample} a stage). */
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
        return query.orderByTaskCreateTime().asc().listPage(0, 1000).stream()
                .map(viewWithDeadlinesOnce())
                .sorted(Comparator.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TaskView::created))
                .toList();
    }

    @Transactional
    public TaskView claim(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("The task is already claimed by " + task.getAssignee());
        }
        tasks.claim(taskId, user.username());
        return view(visibleTask(user, taskId));
    }

    @Transactional
    public TaskView unclaim(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() == null) {
            throw new ConflictException("The task is not claimed");
        }
        if (!task.getAssignee().equals(user.username()) && !user.has(Role.ADMIN)) {
            throw new ConflictException("The task is claimed by " + task.getAssignee() + "; only they can release it");
        }
        tasks.setAssignee(taskId, null);
        return view(visibleTask(user, taskId));
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

    private Task visibleTask(CurrentUser user, String taskId) {
        return visibleTo(user).map(query -> query.taskId(taskId).singleResult())
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** Views of a list of tasks, reading each case's deadlines once however many tasks it has. */
    private Function<Task, TaskView> viewWithDeadlinesOnce() {
        Map<UUID, List<DeadlineView>> deadlinesByCase = new HashMap<>();
        return task -> view(task, deadlinesByCase);
    }

    private TaskView view(Task task) {
        return view(task, new HashMap<>());
    }

    private TaskView view(Task task, Map<UUID, List<DeadlineView>> deadlinesByCase) {
        String key = task.getTaskDefinitionKey();
        UUID applicationId = UUID.fromString(businessKey(task));
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst().orElse(null);
        UUID referralId = null;
        UUID assessmentId = null;
        if (TASK_AGENCY_REVIEW.equals(key) || TASK_COMPONENT_ASSESSMENT.equals(key)) {
            String agency = TASK_AGENCY_REVIEW.equals(key) ? group
                    : (String) tasks.getVariable(task.getId(), VAR_AGENCY);
            Optional<ReferralView> referral = referrals.currentReferrals(applicationId).stream()
                    .filter(candidate -> candidate.agency().equals(agency)).findFirst();
            referralId = referral.map(ReferralView::id).orElse(null);
            if (TASK_COMPONENT_ASSESSMENT.equals(key) && referralId != null) {
                assessmentId = positions.assessmentsOf(referralId).stream()
                        .filter(assessment -> !assessment.recorded() && assessment.component().equals(group))
                        .map(AssessmentView::id).findFirst().orElse(null);
            }
        }
        return new TaskView(task.getId(), TYPES.getOrDefault(key, key), task.getName(), applicationId,
                (String) tasks.getVariable(task.getId(), VAR_CONTROL_NUMBER), group, instant(task.getCreateTime()),
                due(deadlinesByCase.computeIfAbsent(applicationId, id -> deadlines.clockOf(id).deadlines()), key,
                        group, task), task.getAssignee(), referralId, assessmentId);
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
            default -> Deadlines.latest(caseDeadlines, DeadlineKind.RESOLUTION, null);
        };
        return deadline.map(DeadlineView::dueBy).orElse(null);
    }

    private String businessKey(Task task) {
        return (String) tasks.getVariable(task.getId(), VAR_APPLICATION_ID);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
