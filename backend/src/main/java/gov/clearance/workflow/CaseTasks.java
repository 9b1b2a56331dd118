package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.*;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff task queues: each person sees the tasks offered to their agency (or component), pages through them
 * as a queue, claims and releases them; an agency's arbiters and supervisors give them to a person of the
 * agency. The queue is read from the workflow's own table ({@link TaskQueueWriter} keeps it); claims, releases
 * and assignments go through the engine, and each is audited into the case's timeline.
 */
@Service
public class CaseTasks {

    /** The most tasks one bulk request acts on. */
    public static final int BULK_LIMIT = 100;

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

    /** Audit actions of claims, releases and assignments, shown in the case's timeline to the staff who see it. */
    public static final String TASK_CLAIMED = "TASK_CLAIMED";
    public static final String TASK_RELEASED = "TASK_RELEASED";
    public static final String TASK_ASSIGNED = "TASK_ASSIGNED";

    private final TaskService tasks;
    private final AuditTrail audit;
    private final ObjectProvider<TaskActions> actions;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final TaskQueueReader queue;
    private final TaskQueuePeople people;
    private final TransactionTemplate eachTask;

    CaseTasks(TaskService tasks, HistoryService history, AuditTrail audit, ObjectProvider<TaskActions> actions,
            JdbcTemplate jdbc, TaskQueueReader queue, TaskQueuePeople people, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.history = history;
        this.audit = audit;
        this.actions = actions;
        this.jdbc = jdbc;
        this.queue = queue;
        this.people = people;
        this.eachTask = new TransactionTemplate(transactions);
    }

    /**
     * The median time each stage took over its most recent finished tasks (at most {@code sample} a stage), read
     * from the durations the workflow records as tasks finish: one indexed read of the newest per stage.
     */
    @Transactional(readOnly = true)
    public List<StageDuration> stageDurations(int sample) {
        List<StageDuration> durations = new java.util.ArrayList<>();
        TYPES.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(type -> jdbc.query("""
                select count(*) as finished, percentile_cont(0.5) within group (order by duration_ms) as median_ms,
                       (array_agg(task_name order by finished_at desc))[1] as name
                from (select duration_ms, task_name, finished_at from workflow_stage_duration
                      where task_key = ? order by finished_at desc limit ?) recent""", row -> {
                    int finished = row.getInt("finished");
                    if (finished > 0) {
                        double medianDays = row.getDouble("median_ms") / 86_400_000.0;
                        durations.add(new StageDuration(type.getValue(), row.getString("name"), finished,
                                Math.round(medianDays * 100) / 100.0));
                    }
                }, type.getKey(), sample));
        return durations;
    }

    /** One page of the person's task queue, as the filter and the cursor ({@code after}) say. */
    @Transactional
    public TaskQueuePage queue(CurrentUser user, TaskFilter filter, Integer limit, String after) {
        people.remember(user);
        TaskQueuePage page = queue.page(user, filter, null, limit, after);
        return new TaskQueuePage(page.tasks().stream().map(task -> allowing(user, task)).toList(), page.next());
    }

    /** The open tasks of one case the user may see (for the case view), soonest due first. */
    @Transactional(readOnly = true)
    public List<TaskView> tasksFor(CurrentUser user, UUID applicationId, String type) {
        return tasksOfCase(user, applicationId, new TaskFilter(type, null, null, null, null, null, null, null));
    }

    /** The open tasks of one case the user may see, filtered and sorted as the queue is. */
    @Transactional(readOnly = true)
    public List<TaskView> tasksOfCase(CurrentUser user, UUID applicationId, TaskFilter filter) {
        return queue.page(user, filter, applicationId, TaskQueueReader.MAX_LIMIT, null).tasks().stream()
                .map(task -> allowing(user, task)).toList();
    }

    /**
     * One open task of the license process, whoever it is offered to: for the access policy, which decides
     * who may claim or release it before anything about the task is looked at.
     */
    @Transactional(readOnly = true)
    public Optional<TaskView> task(String taskId) {
        return queue.task(taskId);
    }

    /**
     * A completed task of the license process: its case and the group it was offered to, nothing else. For the
     * access policy, so that those who may not see the case hear of it no more than of a task that never was,
     * and only those the task was offered to hear that it is done.
     */
    @Transactional(readOnly = true)
    public Optional<TaskView> completedTask(String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().processDefinitionKey(KEY)
                .taskId(taskId).finished().singleResult();
        if (done == null) {
            return Optional.empty();
        }
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).singleResult();
        String group = history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE)
                .operationType("add").list().stream().map(HistoricIdentityLinkLog::getGroupId)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String key = done.getTaskDefinitionKey();
        return Optional.of(new TaskView(taskId, TYPES.getOrDefault(key, key), done.getName(),
                UUID.fromString(process.getBusinessKey()), null, group, null, null, null, null, null, List.of(),
                null, null, done.getStartTime() == null ? null : done.getStartTime().toInstant(), null, false,
                done.getAssignee(), null, null, null, List.of()));
    }

    /** Claims the task for the user (the access policy has checked that it is offered to them); audited. */
    @Transactional
    public TaskView claim(CurrentUser user, String taskId) {
        people.remember(user);
        Task task = lockedTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("The task is already claimed by " + task.getAssignee());
        }
        TaskView before = view(taskId);
        try {
            tasks.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            // claimed by someone else between our reading and the engine's write: the engine keeps the first claim
            throw new ConflictException("Someone else claimed the task at the same time");
        } catch (NullValueException e) {
            throw new ConflictException("The task was completed at the same time");
        }
        TaskView after = allowing(user, view(taskId));
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
        TaskView before = view(taskId);
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Someone else released or claimed the task at the same time");
        } catch (NullValueException e) {
            throw new ConflictException("The task was completed at the same time");
        }
        TaskView after = allowing(user, view(taskId));
        audit.record(after.applicationId(), user, TASK_RELEASED, before, after);
        return after;
    }

    /**
     * Gives the task to a person of the agency (or component) it is offered to, claimed or not (the access
     * policy has checked that the user is an arbiter or supervisor there); audited, naming both. The person
     * must be one the queue knows works such tasks: someone who has opened their task queue.
     */
    @Transactional
    public TaskView assign(CurrentUser user, String taskId, AssignmentRequest request) {
        if (request == null || request.assignee() == null || request.assignee().isBlank()) {
            throw InvalidRequestException.of("assignee", "must not be blank");
        }
        String assignee = request.assignee().strip();
        Task task = lockedTask(taskId);
        TaskView before = view(taskId);
        if (!people.works(assignee, before.agency())) {
            throw InvalidRequestException.of("assignee", "must be a person who works the tasks offered to "
                    + before.agency() + " (and has opened their task queue)");
        }
        if (assignee.equals(task.getAssignee())) {
            return allowing(user, before);
        }
        try {
            tasks.setAssignee(taskId, assignee);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Someone else claimed or assigned the task at the same time");
        } catch (NullValueException e) {
            throw new ConflictException("The task was completed at the same time");
        }
        TaskView after = allowing(user, view(taskId));
        audit.record(after.applicationId(), user, TASK_ASSIGNED, before, after);
        return after;
    }

    /**
     * One action on many tasks, each in its own transaction and each reported: the access policy is asked for
     * each task as for the single action (a task the person does not see is reported as not found), and one
     * refusal leaves the others done.
     */
    public List<BulkTaskResult> bulk(CurrentUser user, BulkTaskRequest request) {
        if (request == null || request.taskIds() == null || request.taskIds().isEmpty()) {
            throw InvalidRequestException.of("taskIds", "must name at least one task");
        }
        if (request.taskIds().size() > BULK_LIMIT) {
            throw InvalidRequestException.of("taskIds", "must name at most " + BULK_LIMIT + " tasks");
        }
        String action = request.action() == null ? "" : request.action().strip();
        String policyAction = switch (action) {
            case "CLAIM" -> "CLAIM_TASK";
            case "RELEASE" -> "RELEASE_TASK";
            case "ASSIGN" -> "ASSIGN_TASK";
            default -> throw InvalidRequestException.of("action", "must be CLAIM, RELEASE or ASSIGN");
        };
        if (action.equals("ASSIGN") && (request.assignee() == null || request.assignee().isBlank())) {
            throw InvalidRequestException.of("assignee", "must not be blank");
        }
        List<BulkTaskResult> results = new ArrayList<>();
        for (String taskId : new LinkedHashSet<>(request.taskIds())) {
            if (taskId == null || taskId.isBlank()) {
                results.add(new BulkTaskResult(taskId, 400, null, "A task id must not be blank"));
                continue;
            }
            try {
                TaskView done = eachTask.execute(status -> {
                    actions.getObject().require(user, taskId, policyAction);
                    return switch (action) {
                        case "CLAIM" -> claim(user, taskId);
                        case "RELEASE" -> unclaim(user, taskId);
                        default -> assign(user, taskId, new AssignmentRequest(request.assignee()));
                    };
                });
                results.add(new BulkTaskResult(taskId, 200, done, null));
            } catch (NotFoundException e) {
                results.add(new BulkTaskResult(taskId, 404, null, e.getMessage()));
            } catch (ForbiddenException e) {
                results.add(new BulkTaskResult(taskId, 403, null, e.getMessage()));
            } catch (ConflictException e) {
                results.add(new BulkTaskResult(taskId, 409, null, e.getMessage()));
            } catch (InvalidRequestException e) {
                results.add(new BulkTaskResult(taskId, 400, null, e.violations().isEmpty() ? e.getMessage()
                        : e.violations().get(0).field() + " " + e.violations().get(0).reason()));
            }
        }
        return results;
    }

    private TaskView allowing(CurrentUser user, TaskView task) {
        return task.allowing(actions.getObject().allowedOn(user, task));
    }

    private TaskView view(String taskId) {
        return queue.task(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /**
     * The task, read after taking its row's lock: copies of a claim or release arriving at the same moment check
     * its assignee one after another, so exactly one of them acts and the others see what it did.
     */
    private Task lockedTask(String taskId) {
        jdbc.queryForList("select id_ from act_ru_task where id_ = ? for update", String.class, taskId);
        return openTask(taskId);
    }

    /** The open task; a 409 when it was completed (the policy has let the person hear that), else a 404. */
    private Task openTask(String taskId) {
        Task task = tasks.createTaskQuery().processDefinitionKey(KEY).taskId(taskId).singleResult();
        if (task == null) {
            if (completedTask(taskId).isPresent()) {
                throw new ConflictException("The task has been completed; there is nothing to claim or release");
            }
            throw new NotFoundException("Task", taskId);
        }
        return task;
    }
}
