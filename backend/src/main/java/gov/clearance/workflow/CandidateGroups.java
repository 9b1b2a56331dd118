package gov.clearance.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The group each task is offered to, for many tasks in one query. The engine's task service reads a task's
 * identity links one task at a time; a task list of a thousand tasks would ask a thousand times.
 */
@Component
class CandidateGroups {

    private final JdbcTemplate jdbc;

    CandidateGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each task's candidate group (the first, should one have several); tasks offered to no group are left out. */
    Map<String, String> candidateGroupOf(Collection<String> taskIds) {
        Map<String, String> groups = new HashMap<>();
        jdbc.query("select task_id_, group_id_ from act_ru_identitylink where type_ = 'candidate' "
                + "and group_id_ is not null and task_id_ = any(?)", row -> {
                    groups.putIfAbsent(row.getString(1), row.getString(2));
                }, (Object) taskIds.toArray(String[]::new));
        return groups;
    }
}
