package gov.clearance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.lifecycle.AgainstTestIssuer;
import gov.clearance.lifecycle.Api;
import gov.clearance.lifecycle.ApplicationForms;
import gov.clearance.lifecycle.CaseSteps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upgrading keeps every open task in the queue: the migration that creates the queue's table copies the engine's
 * open tasks into it (its SQL, run here against tasks whose rows were taken away), and the application completes
 * the copied rows' deadlines and referrals when it starts, to what the engine's task events would have written.
 * A hold moves the rows of its case.
 */
class TaskQueueUpgradeIT extends AgainstTestIssuer {

    private static final String COMPARED = "task_id, process_instance_id, application_id, task_type, task_name, "
            + "candidate_group, agency, component, control_number, organization, applicant_name, destination_country, "
            + "array_to_string(eccns, ',') as eccns, eccn_text, total_value, processing_day, on_hold, due_at, "
            + "assignee, referral_id, assessment_id";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskQueueBackfill backfill;

    @Test
    void theMigrationCopiesTheEnginesOpenTasksAndStartUpCompletesThem() throws Exception {
        CaseSteps steps = CaseSteps.signedByTestIssuer(new Api(port));
        String id = steps.submitted("alice", ApplicationForms.valid());
        steps.refer("bianca", id, "APPROVE", "DOD", "STATE");
        steps.send("dan", "POST", "/api/staff/tasks/" + steps.task("dan", id, "AGENCY_REVIEW").path("id").asText()
                + "/claim", null);
        UUID application = UUID.fromString(id);
        List<Map<String, Object>> written = rows(application);
        assertThat(written).hasSize(2);

        jdbc.update("delete from workflow_queue_task where application_id = ?", application);
        jdbc.execute(backfillStatement());
        List<Map<String, Object>> copied = rows(application);
        assertThat(copied).extracting(row -> row.get("task_id"))
                .containsExactlyElementsOf(written.stream().map(row -> row.get("task_id")).toList());
        assertThat(copied).allSatisfy(row -> assertThat(row.get("due_at")).as("counted at start-up").isNull());
        assertThat(jdbc.queryForObject("select count(*) from workflow_queue_task where facts_pending", Long.class))
                .isEqualTo(2);

        backfill.completeCopiedRows();
        assertThat(jdbc.queryForObject("select count(*) from workflow_queue_task where facts_pending", Long.class))
                .isZero();
        assertThat(rows(application)).isEqualTo(written);
    }

    @Test
    void aHoldStopsTheRowsClockAndItsEndMovesTheirDueDates() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String id = steps.submitted("alice", ApplicationForms.valid());
        UUID application = UUID.fromString(id);
        assertThat(jdbc.queryForObject("select on_hold from workflow_queue_task where application_id = ?",
                Boolean.class, application)).isFalse();
        String hold = CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/applications/" + id + "/holds",
                Map.of("reason", "GOVERNMENT_ASSURANCE", "why", "Awaiting the end user's government.")), 201)
                .text("id");
        assertThat(jdbc.queryForObject("select on_hold from workflow_queue_task where application_id = ?",
                Boolean.class, application)).isTrue();
        assertThat(steps.task("bianca", id, "BIS_REVIEW").path("overdue").asBoolean()).isFalse();
        CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/holds/" + hold + "/release",
                Map.of("note", "The assurance arrived.")), 200);
        assertThat(jdbc.queryForObject("select on_hold from workflow_queue_task where application_id = ?",
                Boolean.class, application)).isFalse();
    }

    private List<Map<String, Object>> rows(UUID application) {
        return jdbc.queryForList("select " + COMPARED + " from workflow_queue_task where application_id = ? "
                + "order by task_id", application);
    }

    /** The migration's copy of the engine's open tasks, as the migration file states it. */
    private static String backfillStatement() throws Exception {
        Path migration = Files.exists(Path.of("db")) ? Path.of("db", "V42__workflow_task_queue.sql")
                : Path.of("..", "db", "V42__workflow_task_queue.sql");
        String sql = Files.readString(migration);
        return sql.substring(sql.indexOf("do $$"), sql.lastIndexOf("$$;") + 2);
    }
}
