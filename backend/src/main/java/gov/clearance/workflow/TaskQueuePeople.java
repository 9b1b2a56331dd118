package gov.clearance.workflow;

import gov.clearance.identity.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The people who work the task queue, as their tokens last named them (agency, component, task groups): the
 * application has no directory of its own, so a task can be given to a person once they have opened their
 * queue, and only if they work the tasks of its group. A person's row is written again only when what their
 * token says of them changed.
 */
@Component
class TaskQueuePeople {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, List<String>> written = new ConcurrentHashMap<>();

    TaskQueuePeople(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(CurrentUser user) {
        List<String> groups = List.copyOf(user.taskGroups());
        if (groups.equals(written.get(user.username()))) {
            return;
        }
        jdbc.update("""
                insert into workflow_queue_person (username, display_name, agency, component, task_groups, seen_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (username) do update set display_name = excluded.display_name, agency = excluded.agency,
                    component = excluded.component, task_groups = excluded.task_groups, seen_at = excluded.seen_at""",
                user.username(), user.displayName(), user.agency(), user.component(), groups.toArray(String[]::new),
                Timestamp.from(clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    written.put(user.username(), groups);
                }
            });
        } else {
            written.put(user.username(), groups);
        }
    }

    /** Whether the person works the tasks offered to the group. */
    boolean works(String username, String group) {
        Boolean works = jdbc.queryForObject(
                "select exists (select 1 from workflow_queue_person where username = ? and ? = any(task_groups))",
                Boolean.class, username, group);
        return Boolean.TRUE.equals(works);
    }
}
