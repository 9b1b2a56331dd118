package gov.clearance.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.clearance.identity.CurrentUser;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's saved filters of the task queue: listed, saved and deleted by that person alone. */
@Service
public class SavedFilters {

    /** The most filters one person keeps. */
    static final int MOST = 50;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final TaskQueueReader queue;

    SavedFilters(JdbcTemplate jdbc, ObjectMapper json, Clock clock, TaskQueueReader queue) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.queue = queue;
    }

    @Transactional(readOnly = true)
    public List<SavedFilterView> filtersOf(CurrentUser user) {
        return jdbc.query("select id, name, query, created_at from workflow_saved_filter where owner = ? order by name",
                (rs, row) -> new SavedFilterView(rs.getObject("id", UUID.class), rs.getString("name"),
                        read(rs.getString("query")), rs.getTimestamp("created_at").toInstant()), user.username());
    }

    @Transactional
    public SavedFilterView save(CurrentUser user, SavedFilterRequest request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw InvalidRequestException.of("name", "must not be blank");
        }
        String name = request.name().strip();
        if (name.length() > 100) {
            throw InvalidRequestException.of("name", "must be at most 100 characters");
        }
        TaskFilter query = request.query() == null ? new TaskFilter(null, null, null, null, null, null, null, null)
                : request.query();
        queue.validate(user, query);
        Integer kept = jdbc.queryForObject("select count(*) from workflow_saved_filter where owner = ?", Integer.class,
                user.username());
        if (kept != null && kept >= MOST) {
            throw new ConflictException("A person keeps at most " + MOST + " saved filters; delete one first");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            jdbc.update("insert into workflow_saved_filter (id, owner, name, query, created_at) "
                    + "values (?, ?, ?, cast(? as jsonb), ?)", id, user.username(), name, write(query),
                    Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("You already have a saved filter named " + name);
        }
        return new SavedFilterView(id, name, query, now);
    }

    /** Deletes one of the person's filters; someone else's is not found, as if it did not exist. */
    @Transactional
    public void delete(CurrentUser user, UUID id) {
        if (jdbc.update("delete from workflow_saved_filter where id = ? and owner = ?", id, user.username()) == 0) {
            throw new NotFoundException("Saved filter", id);
        }
    }

    private String write(TaskFilter query) {
        try {
            return json.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private TaskFilter read(String text) {
        try {
            return json.readValue(text, TaskFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
