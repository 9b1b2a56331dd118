package gov.clearance.workflow;

import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages of the task queue, read from {@code workflow_queue_task} alone: the person's visible tasks, filtered,
 * in one sort, from a cursor (the sort key and task id of the last task of the previous page), so that a deep
 * page costs what the first one does and no task is skipped or repeated while the queue changes. No total is
 * counted.
 */
@Component
class TaskQueueReader {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** The sorts: each a never-null column with its own indexes, and how a cursor's text is cast back. */
    enum Sort {
        DUE("due", "due_sort", "timestamptz"),
        CREATED("created", "created_at", "timestamptz"),
        CONTROL_NUMBER("controlNumber", "control_number", "varchar"),
        TOTAL_VALUE("totalValue", "value_sort", "numeric");

        final String parameter;
        final String column;
        final String type;

        Sort(String parameter, String column, String type) {
            this.parameter = parameter;
            this.column = column;
            this.type = type;
        }

        static Sort of(String parameter) {
            if (parameter == null || parameter.isBlank()) {
                return DUE;
            }
            return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter.strip())).findFirst()
                    .orElseThrow(() -> InvalidRequestException.of("sort", "must be one of "
                            + Arrays.stream(values()).map(sort -> sort.parameter).toList()));
        }
    }

    private static final String COLUMNS = """
            task_id, application_id, task_type, task_name, candidate_group, agency, component, control_number,
            organization, applicant_name, destination_country, eccns, total_value, processing_day, processing_day_on,
            on_hold, due_at, assignee, claimed_at, created_at, referral_id, assessment_id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    TaskQueueReader(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the tasks the person may see (an administrator: all), as the filter and cursor say. */
    TaskQueuePage page(CurrentUser user, TaskFilter filter, UUID applicationId, Integer limit, String after) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw InvalidRequestException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Sort sort = Sort.of(filter.sort());
        boolean descending = direction(filter.direction());
        StringBuilder where = new StringBuilder(" where true");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (!user.has(Role.ADMIN)) {
            List<String> groups = List.copyOf(user.taskGroups());
            if (groups.isEmpty()) {
                return new TaskQueuePage(List.of(), null);
            }
            if (groups.size() == 1) {
                where.append(" and candidate_group = :group");
                parameters.addValue("group", groups.get(0));
            } else {
                where.append(" and candidate_group = any(cast(:groups as varchar[]))");
                parameters.addValue("groups", groups.toArray(String[]::new));
            }
        }
        Instant now = clock.instant();
        parameters.addValue("now", Timestamp.from(now));
        if (applicationId != null) {
            where.append(" and application_id = :applicationId");
            parameters.addValue("applicationId", applicationId);
        }
        if (present(filter.type())) {
            String type = filter.type().strip();
            checkType(type);
            where.append(" and task_type = :type");
            parameters.addValue("type", type);
        }
        if (present(filter.assignee())) {
            switch (filter.assignee().strip()) {
                case "mine" -> {
                    where.append(" and assignee = :assignee");
                    parameters.addValue("assignee", user.username());
                }
                case "unassigned" -> where.append(" and assignee is null");
                default -> {
                    where.append(" and assignee = :assignee");
                    parameters.addValue("assignee", filter.assignee().strip());
                }
            }
        }
        if (present(filter.destination())) {
            where.append(" and destination_country = :destination");
            parameters.addValue("destination", filter.destination().strip().toUpperCase(Locale.ROOT));
        }
        if (present(filter.eccn())) {
            where.append(" and eccn_text like :eccn");
            parameters.addValue("eccn", "% " + likeEscape(filter.eccn().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and not on_hold and due_at < :now"
                    : " and (on_hold or due_at is null or due_at >= :now)");
        }
        if (present(filter.text())) {
            where.append(" and search_text like :text");
            parameters.addValue("text", "%" + likeEscape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (present(after)) {
            String[] cursor = cursor(after, sort, descending);
            where.append(" and (").append(sort.column).append(", task_id) ").append(descending ? "<" : ">")
                    .append(" (cast(:afterValue as ").append(sort.type).append("), :afterId)");
            parameters.addValue("afterValue", cursor[0]);
            parameters.addValue("afterId", cursor[1]);
        }
        String order = descending ? " desc" : "";
        parameters.addValue("limit", size + 1);
        LocalDate today = LocalDate.ofInstant(now, gov.clearance.deadline.Deadlines.EASTERN);
        List<String> sortValues = new ArrayList<>();
        List<TaskView> rows = jdbc.query("select " + COLUMNS + ", " + sort.column + "::text as sort_value"
                + " from workflow_queue_task" + where + " order by " + sort.column + order + ", task_id" + order
                + " limit :limit", parameters, (rs, row) -> {
                    sortValues.add(rs.getString("sort_value"));
                    return view(rs, today, now);
                });
        if (rows.size() <= size) {
            return new TaskQueuePage(rows, null);
        }
        TaskView last = rows.get(size - 1);
        return new TaskQueuePage(List.copyOf(rows.subList(0, size)),
                cursorOf(sort, descending, sortValues.get(size - 1), last.id()));
    }

    /** Refuses a filter the queue would refuse (an unknown type, sort or direction), as the list does. */
    void validate(CurrentUser user, TaskFilter filter) {
        Sort.of(filter.sort());
        direction(filter.direction());
        checkType(filter.type());
    }

    private static void checkType(String type) {
        if (present(type) && !CaseTasks.TYPES.containsValue(type.strip())) {
            throw InvalidRequestException.of("type",
                    "must be one of " + CaseTasks.TYPES.values().stream().distinct().sorted().toList());
        }
    }

    /** One task of the queue, whoever it is offered to. */
    Optional<TaskView> task(String taskId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, gov.clearance.deadline.Deadlines.EASTERN);
        return jdbc.query("select " + COLUMNS + " from workflow_queue_task where task_id = :id",
                Map.of("id", taskId), (rs, row) -> view(rs, today, now)).stream().findFirst();
    }

    private static TaskView view(ResultSet rs, LocalDate today, Instant now) throws SQLException {
        boolean onHold = rs.getBoolean("on_hold");
        Integer day = (Integer) rs.getObject("processing_day");
        java.sql.Date dayOn = rs.getDate("processing_day_on");
        if (day != null && dayOn != null && !onHold) {
            day = day + (int) ChronoUnit.DAYS.between(dayOn.toLocalDate(), today);
        }
        Instant due = instant(rs.getTimestamp("due_at"));
        return new TaskView(rs.getString("task_id"), rs.getString("task_type"), rs.getString("task_name"),
                rs.getObject("application_id", UUID.class), emptyToNull(rs.getString("control_number")),
                rs.getString("candidate_group"), rs.getString("agency"), rs.getString("component"),
                rs.getString("organization"), rs.getString("applicant_name"), rs.getString("destination_country"),
                strings(rs.getArray("eccns")), rs.getObject("total_value", BigDecimal.class), day,
                instant(rs.getTimestamp("created_at")), due, !onHold && due != null && due.isBefore(now),
                rs.getString("assignee"), instant(rs.getTimestamp("claimed_at")),
                rs.getObject("referral_id", UUID.class), rs.getObject("assessment_id", UUID.class), List.of());
    }

    private static boolean direction(String direction) {
        if (direction == null || direction.isBlank() || direction.strip().equals("asc")) {
            return false;
        }
        if (direction.strip().equals("desc")) {
            return true;
        }
        throw InvalidRequestException.of("direction", "must be asc or desc");
    }

    /** A cursor names its sort, so that it is never read against another one. */
    static String cursorOf(Sort sort, boolean descending, String value, String taskId) {
        String text = sort.parameter + "\n" + (descending ? "desc" : "asc") + "\n" + value + "\n" + taskId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] cursor(String after, Sort sort, boolean descending) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("after", "is not a cursor this list gave");
        }
        if (parts.length != 4) {
            throw InvalidRequestException.of("after", "is not a cursor this list gave");
        }
        if (!parts[0].equals(sort.parameter) || !parts[1].equals(descending ? "desc" : "asc")) {
            throw InvalidRequestException.of("after", "belongs to another sort (" + parts[0] + " " + parts[1] + ")");
        }
        if (sort.type.equals("numeric") && !parts[2].matches("-?[0-9]+(\\.[0-9]+)?")
                || sort.type.equals("timestamptz") && !parts[2].matches("infinity|[0-9 :.+-]+")) {
            throw InvalidRequestException.of("after", "is not a cursor this list gave");
        }
        return new String[] {parts[2], parts[3]};
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
