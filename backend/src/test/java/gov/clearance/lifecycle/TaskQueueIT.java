package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.BRUNO;
import static gov.clearance.lifecycle.DemoUser.DAN;
import static gov.clearance.lifecycle.DemoUser.DORA;
import static gov.clearance.lifecycle.DemoUser.SAM;
import static gov.clearance.lifecycle.DemoUser.SUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff task list as a queue, over real HTTP: the table the workflow keeps follows the engine's tasks; a
 * queue of more than a thousand tasks pages through every one of them by cursor, stable while the queue
 * changes; each filter and sort answers exactly the tasks it names; claims, releases and assignments, single
 * and in bulk, report each task and are audited; saved filters are each person's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueueIT extends AgainstTestIssuer {

    /** A reviewer of an agency only this test's queue rows are offered to. */
    private static final DemoUser QUINN = new DemoUser("quinn", List.of("REVIEWER"), "QUEUETEST", null);
    private static final int QUEUE_SIZE = 1_234;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private CaseSteps steps;
    /** The rows of QUINN's queue as this test wrote them. */
    private final List<QueueRow> rows = new ArrayList<>();

    record QueueRow(String id, String type, String destination, List<String> eccns, String organization,
            String controlNumber, BigDecimal totalValue, Instant due, String assignee, Instant created) {
    }

    @BeforeAll
    void aQueueOfMoreThanAThousandTasks() {
        api = new Api(port);
        steps = CaseSteps.signedByTestIssuer(api);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> types = List.of("AGENCY_REVIEW", "COMPONENT_ASSESSMENT", "BOARD_VOTE");
        List<String> countries = List.of("DE", "FR", "JP", "IN");
        for (int i = 0; i < QUEUE_SIZE; i++) {
            // every seventh has no due date; due dates repeat (ties are ordered by task id); some are past
            Instant due = i % 7 == 0 ? null : now.plus((i % 50) - 10, ChronoUnit.DAYS);
            rows.add(new QueueRow("queue-test-" + UUID.randomUUID(), types.get(i % 3), countries.get(i % 4),
                    i % 5 == 0 ? List.of("3A001", "5A002") : List.of("1C010"),
                    i % 11 == 0 ? "Zephyr Optics " + i : "Acme Exports", String.format("Q%06d", i),
                    i % 13 == 0 ? null : BigDecimal.valueOf(1000 + (i * 37) % 900),
                    due, i % 9 == 0 ? "quinn" : i % 10 == 0 ? "quentin" : null, now.minusSeconds(i)));
        }
        for (QueueRow row : rows) {
            insert(row);
        }
    }

    @AfterAll
    void removeTheQueue() {
        jdbc.update("delete from workflow_queue_task where candidate_group = 'QUEUETEST'");
    }

    // ------------------------------------------------------------------ the table follows the engine

    @Test
    void theQueueTableFollowsTheEnginesTasksCreatedClaimedAndCompleted() {
        String id = steps.submitted("alice", ApplicationForms.valid());
        Map<String, Object> review = jdbc.queryForMap("select * from workflow_queue_task where application_id = ?",
                UUID.fromString(id));
        assertThat(review.get("task_type")).isEqualTo("BIS_REVIEW");
        assertThat(review.get("candidate_group")).isEqualTo("BIS");
        assertThat(review.get("organization")).isEqualTo("Acme Exports");
        assertThat(review.get("destination_country")).isEqualTo("DE");
        assertThat(review.get("total_value")).isEqualTo(new BigDecimal("15102.00"));
        assertThat(review.get("due_at")).as("BIS's 9 days").isNotNull();
        assertThat(review.get("processing_day")).isEqualTo(0);
        assertThat(review.get("assignee")).isNull();
        String taskId = (String) review.get("task_id");
        assertThat(engineTaskIds(id)).containsExactly(taskId);

        JsonNode listed = api.get(BIANCA, "/api/staff/tasks?applicationId=" + id).body().get(0);
        assertThat(listed.path("controlNumber").asText()).isEqualTo(review.get("control_number"));
        assertThat(listed.path("eccns").toString()).contains("3A001.a.1", "EAR99");
        assertThat(listed.path("destination").asText()).isEqualTo("DE");
        assertThat(listed.path("processingDay").asInt()).isZero();
        assertThat(listed.path("overdue").asBoolean()).isFalse();

        expect(api.post(BIANCA, "/api/staff/tasks/" + taskId + "/claim", null), 200);
        Map<String, Object> claimed = jdbc.queryForMap("select assignee, claimed_at from workflow_queue_task "
                + "where task_id = ?", taskId);
        assertThat(claimed.get("assignee")).isEqualTo("bianca");
        assertThat(claimed.get("claimed_at")).isNotNull();
        expect(api.post(BIANCA, "/api/staff/tasks/" + taskId + "/unclaim", null), 200);
        assertThat(jdbc.queryForObject("select assignee from workflow_queue_task where task_id = ?", String.class,
                taskId)).isNull();

        steps.refer("bianca", id, "APPROVE", "DOD", "STATE");
        assertThat(jdbc.queryForList("select task_id from workflow_queue_task where task_id = ?", taskId))
                .as("completed: gone from the queue").isEmpty();
        List<Map<String, Object>> referred = jdbc.queryForList("select task_id, task_type, candidate_group, "
                + "referral_id from workflow_queue_task where application_id = ? order by candidate_group",
                UUID.fromString(id));
        assertThat(referred).extracting(row -> row.get("task_type") + " " + row.get("candidate_group"))
                .containsExactly("AGENCY_REVIEW DOD", "AGENCY_REVIEW STATE");
        assertThat(referred).allSatisfy(row -> assertThat(row.get("referral_id")).isNotNull());
        assertThat(referred.stream().map(row -> (String) row.get("task_id")).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(engineTaskIds(id)));
    }

    // ------------------------------------------------------------------ paging

    @Test
    void pagingByCursorReadsEveryTaskOfAQueueLongerThanAThousandOnceInDueOrder() {
        List<String> read = readAll("/api/staff/tasks?limit=200");
        assertThat(read).hasSize(QUEUE_SIZE).doesNotHaveDuplicates();
        assertThat(read).containsExactlyElementsOf(expected(row -> true, byDue()));
    }

    @Test
    void theDefaultPageIsFiftyAndTheLastPageHasNoNextLink() {
        Reply first = expect(api.get(QUINN, "/api/staff/tasks"), 200);
        assertThat(first.body()).hasSize(50);
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("after=");
        Reply last = expect(api.get(QUINN, "/api/staff/tasks?type=BOARD_VOTE&destination=JP&eccn=3A&limit=200"), 200);
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void aCursorStaysValidWhileTasksBeforeItComeAndGo() {
        List<String> inOrder = expected(row -> true, byDue());
        Reply first = expect(api.get(QUINN, "/api/staff/tasks?limit=100"), 200);
        String cursor = after(first);
        // one task of the first page is completed, and a new one, overdue, joins the front of the queue
        String gone = first.body().get(10).path("id").asText();
        jdbc.update("delete from workflow_queue_task where task_id = ?", gone);
        QueueRow newcomer = new QueueRow("queue-test-new-" + UUID.randomUUID(), "AGENCY_REVIEW", "DE", List.of(),
                "Acme Exports", "Q999999", BigDecimal.ONE, Instant.now().minus(400, ChronoUnit.DAYS), null,
                Instant.now());
        insert(newcomer);
        try {
            Reply second = expect(api.get(QUINN, "/api/staff/tasks?limit=100&after=" + encode(cursor)), 200);
            assertThat(ids(second)).containsExactlyElementsOf(inOrder.subList(100, 200));
        } finally {
            jdbc.update("delete from workflow_queue_task where task_id = ?", newcomer.id());
            insert(rows.stream().filter(row -> row.id().equals(gone)).findFirst().orElseThrow());
        }
    }

    @Test
    void aCursorOfOneSortIsRefusedForAnother() {
        String cursor = after(expect(api.get(QUINN, "/api/staff/tasks?limit=10"), 200));
        Reply refused = api.get(QUINN, "/api/staff/tasks?sort=created&after=" + encode(cursor));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("after");
        assertThat(api.get(QUINN, "/api/staff/tasks?after=not-a-cursor").status()).isEqualTo(400);
        assertThat(api.get(QUINN, "/api/staff/tasks?limit=201").status()).isEqualTo(400);
        assertThat(api.get(QUINN, "/api/staff/tasks?sort=colour").status()).isEqualTo(400);
    }

    // ------------------------------------------------------------------ filters and sorts

    @Test
    void eachFilterAnswersExactlyTheTasksItNames() {
        Instant now = Instant.now();
        assertFilter("type=COMPONENT_ASSESSMENT", row -> row.type().equals("COMPONENT_ASSESSMENT"));
        assertFilter("assignee=mine", row -> "quinn".equals(row.assignee()));
        assertFilter("assignee=unassigned", row -> row.assignee() == null);
        assertFilter("assignee=quentin", row -> "quentin".equals(row.assignee()));
        assertFilter("destination=jp", row -> row.destination().equals("JP"));
        assertFilter("eccn=5A", row -> row.eccns().stream().anyMatch(eccn -> eccn.startsWith("5A")));
        assertFilter("eccn=1C010", row -> row.eccns().contains("1C010"));
        assertFilter("overdue=true", row -> row.due() != null && row.due().isBefore(now));
        assertFilter("overdue=false", row -> row.due() == null || !row.due().isBefore(now));
        assertFilter("text=zephyr", row -> row.organization().startsWith("Zephyr"));
        assertFilter("text=q00012", row -> row.controlNumber().startsWith("Q00012"));
        assertFilter("type=AGENCY_REVIEW&destination=DE&assignee=unassigned&overdue=true",
                row -> row.type().equals("AGENCY_REVIEW") && row.destination().equals("DE") && row.assignee() == null
                        && row.due() != null && row.due().isBefore(now));
        assertThat(api.get(QUINN, "/api/staff/tasks?type=LUNCH").status()).isEqualTo(400);
    }

    @Test
    void eachSortOrdersTheWholeQueueAcrossPages() {
        assertThat(readAll("/api/staff/tasks?sort=created&limit=150"))
                .containsExactlyElementsOf(expected(row -> true, Comparator.comparing(QueueRow::created)
                        .thenComparing(QueueRow::id)));
        assertThat(readAll("/api/staff/tasks?sort=controlNumber&direction=desc&limit=150"))
                .containsExactlyElementsOf(expected(row -> true, Comparator.comparing(QueueRow::controlNumber)
                        .thenComparing(QueueRow::id).reversed()));
        Comparator<QueueRow> byValue = Comparator.comparing(
                row -> row.totalValue() == null ? BigDecimal.valueOf(-1) : row.totalValue());
        assertThat(readAll("/api/staff/tasks?sort=totalValue&direction=desc&limit=150"))
                .containsExactlyElementsOf(expected(row -> true, byValue.thenComparing(QueueRow::id).reversed()));
        assertThat(readAll("/api/staff/tasks?sort=totalValue&eccn=3A&limit=40"))
                .containsExactlyElementsOf(expected(row -> row.eccns().contains("3A001"),
                        byValue.thenComparing(QueueRow::id)));
    }

    @Test
    void theQueueShowsOnlyTheCallersAgencysTasks() {
        assertThat(readAll("/api/staff/tasks?limit=200", SAM)).noneMatch(id -> id.startsWith("queue-test-"));
        assertThat(readAll("/api/staff/tasks?limit=200", BIANCA)).noneMatch(id -> id.startsWith("queue-test-"));
    }

    // ------------------------------------------------------------------ claims, releases, assignments

    @Test
    void aSupervisorAssignsATaskToAPersonOfTheAgencyAudited() {
        String id = steps.submitted("alice", ApplicationForms.valid());
        String task = bisReview(id);
        api.get(BRUNO, "/api/staff/tasks"); // bruno opens his queue: the queue knows him as BIS's
        api.get(SAM, "/api/staff/tasks");

        JsonNode assigned = expect(api.post(SUE, "/api/staff/tasks/" + task + "/assignment",
                Map.of("assignee", "bruno")), 200).body();
        assertThat(assigned.path("assignee").asText()).isEqualTo("bruno");
        assertThat(assigned.path("claimedAt").isTextual()).isTrue();
        assertThat(assigned.path("allowedActions").toString()).contains("ASSIGN_TASK");

        JsonNode entry = timelineEntry(id, "TASK_ASSIGNED");
        assertThat(entry.path("actor").asText()).isEqualTo("sue");
        assertThat(entry.path("after").path("assignee").asText()).isEqualTo("bruno");
        assertThat(entry.path("before").hasNonNull("assignee")).isFalse();

        assertThat(api.post(SUE, "/api/staff/tasks/" + task + "/assignment", Map.of("assignee", "sam")).status())
                .as("sam works State's tasks, not BIS's").isEqualTo(400);
        assertThat(api.post(SUE, "/api/staff/tasks/" + task + "/assignment", Map.of("assignee", "nobody")).status())
                .isEqualTo(400);
        assertThat(api.post(BIANCA, "/api/staff/tasks/" + task + "/assignment", Map.of("assignee", "bianca"))
                .status()).as("an analyst without the supervisor role").isEqualTo(403);
        assertThat(api.post(SAM, "/api/staff/tasks/" + task + "/assignment", Map.of("assignee", "sam")).status())
                .as("State does not see the case").isEqualTo(404);
        assertThat(api.get(BRUNO, "/api/staff/tasks?assignee=mine&limit=200").body().findValuesAsText("id"))
                .contains(task);
    }

    @Test
    void anArbiterAssignsTheAgencysTasks() {
        String id = steps.submitted("alice", ApplicationForms.valid());
        steps.refer("bianca", id, "APPROVE", "DOD");
        api.get(DORA, "/api/staff/tasks");
        String task = steps.task("dan", id, "AGENCY_REVIEW").path("id").asText();
        assertThat(expect(api.post(DAN, "/api/staff/tasks/" + task + "/assignment", Map.of("assignee", "dora")), 200)
                .text("assignee")).isEqualTo("dora");
        assertThat(api.post(DORA, "/api/staff/tasks/" + task + "/assignment", Map.of("assignee", "dan")).status())
                .as("a reviewer who is no arbiter").isEqualTo(403);
    }

    @Test
    void bulkClaimsReleasesAndAssignmentsReportEachTask() {
        String first = bisReview(steps.submitted("alice", ApplicationForms.valid()));
        String second = bisReview(steps.submitted("alice", ApplicationForms.valid()));
        String third = bisReview(steps.submitted("alice", ApplicationForms.valid()));
        expect(api.post(BRUNO, "/api/staff/tasks/" + third + "/claim", null), 200);

        JsonNode claimed = expect(api.post(BIANCA, "/api/staff/tasks/bulk", Map.of("action", "CLAIM",
                "taskIds", List.of(first, second, third, "no-such-task"))), 200).body();
        assertThat(statuses(claimed)).containsExactly(first + " 200", second + " 200", third + " 409",
                "no-such-task 404");
        assertThat(claimed.get(0).path("task").path("assignee").asText()).isEqualTo("bianca");
        assertThat(claimed.get(2).path("detail").asText()).contains("bruno");

        // State sees none of these cases: each is reported as not found, nothing of it shown
        JsonNode refused = expect(api.post(SAM, "/api/staff/tasks/bulk", Map.of("action", "CLAIM",
                "taskIds", List.of(first, second))), 200).body();
        assertThat(statuses(refused)).containsExactly(first + " 404", second + " 404");
        assertThat(refused.toString()).doesNotContain("bianca");

        JsonNode released = expect(api.post(BIANCA, "/api/staff/tasks/bulk", Map.of("action", "RELEASE",
                "taskIds", List.of(first, third))), 200).body();
        assertThat(statuses(released)).containsExactly(first + " 200", third + " 409");

        api.get(BRUNO, "/api/staff/tasks");
        JsonNode assigned = expect(api.post(SUE, "/api/staff/tasks/bulk", Map.of("action", "ASSIGN",
                "taskIds", List.of(first, second), "assignee", "bruno")), 200).body();
        assertThat(statuses(assigned)).containsExactly(first + " 200", second + " 200");
        JsonNode notSupervisor = expect(api.post(BIANCA, "/api/staff/tasks/bulk", Map.of("action", "ASSIGN",
                "taskIds", List.of(first), "assignee", "bianca")), 200).body();
        assertThat(statuses(notSupervisor)).containsExactly(first + " 403");

        assertThat(timelineEntry(applicationOf(first), "TASK_CLAIMED").path("actor").asText()).isEqualTo("bianca");
        assertThat(timelineEntry(applicationOf(first), "TASK_RELEASED").path("actor").asText()).isEqualTo("bianca");
        assertThat(timelineEntry(applicationOf(first), "TASK_ASSIGNED").path("after").path("assignee").asText())
                .isEqualTo("bruno");
    }

    @Test
    void aBulkRequestNamesOneToAHundredTasksAndAKnownAction() {
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> "task-" + i).toList();
        assertThat(api.post(BIANCA, "/api/staff/tasks/bulk", Map.of("action", "CLAIM", "taskIds", tooMany)).status())
                .isEqualTo(400);
        assertThat(api.post(BIANCA, "/api/staff/tasks/bulk", Map.of("action", "CLAIM", "taskIds", List.of()))
                .status()).isEqualTo(400);
        assertThat(api.post(BIANCA, "/api/staff/tasks/bulk", Map.of("action", "DANCE", "taskIds", List.of("x")))
                .status()).isEqualTo(400);
        assertThat(api.post(ALICE, "/api/staff/tasks/bulk", Map.of("action", "CLAIM", "taskIds", List.of("x")))
                .status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ saved filters

    @Test
    void savedFiltersAreEachPersonsOwn() {
        Map<String, Object> query = Map.of("type", "BIS_REVIEW", "overdue", true, "sort", "created");
        JsonNode saved = expect(api.post(BIANCA, "/api/staff/task-filters",
                Map.of("name", "Overdue reviews " + UUID.randomUUID(), "query", query)), 201).body();
        String id = saved.path("id").asText();
        assertThat(saved.path("query").path("type").asText()).isEqualTo("BIS_REVIEW");

        assertThat(expect(api.get(BIANCA, "/api/staff/task-filters"), 200).body().findValuesAsText("id")).contains(id);
        assertThat(expect(api.get(BRUNO, "/api/staff/task-filters"), 200).body().findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(api.send(TestIssuer.get().token(BRUNO), "DELETE", "/api/staff/task-filters/" + id, null).status())
                .as("someone else's filter does not exist for him").isEqualTo(404);
        assertThat(api.post(BIANCA, "/api/staff/task-filters", Map.of("name", saved.path("name").asText(),
                "query", query)).status()).as("the same name twice").isEqualTo(409);
        assertThat(api.post(BIANCA, "/api/staff/task-filters", Map.of("name", "Bad", "query", Map.of("sort", "x")))
                .status()).isEqualTo(400);
        assertThat(api.post(BIANCA, "/api/staff/task-filters", Map.of("name", " ")).status()).isEqualTo(400);

        assertThat(api.send(TestIssuer.get().token(BIANCA), "DELETE", "/api/staff/task-filters/" + id, null)
                .status()).isEqualTo(204);
        assertThat(expect(api.get(BIANCA, "/api/staff/task-filters"), 200).body().findValuesAsText("id"))
                .doesNotContain(id);
    }

    // ------------------------------------------------------------------ helpers

    private void insert(QueueRow row) {
        jdbc.update("""
                insert into workflow_queue_task (task_id, process_instance_id, application_id, task_type, task_name,
                    candidate_group, agency, control_number, organization, destination_country, eccns, eccn_text,
                    total_value, due_at, assignee, created_at)
                values (?, 'queue-test', ?, ?, 'Queue test task', 'QUEUETEST', 'QUEUETEST',
                    ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.id(), UUID.randomUUID(), row.type(), row.controlNumber(), row.organization(), row.destination(),
                row.eccns().toArray(String[]::new),
                " " + row.eccns().stream().map(String::toLowerCase).collect(Collectors.joining(" ")),
                row.totalValue(), row.due() == null ? null : Timestamp.from(row.due()), row.assignee(),
                Timestamp.from(row.created()));
    }

    private void assertFilter(String query, Predicate<QueueRow> matches) {
        List<String> expected = expected(matches, byDue());
        assertThat(expected).as("the test's data has tasks for %s", query).isNotEmpty();
        assertThat(readAll("/api/staff/tasks?limit=200&" + query)).as(query).containsExactlyElementsOf(expected);
    }

    private static Comparator<QueueRow> byDue() {
        return Comparator.comparing((QueueRow row) -> row.due() == null ? Instant.MAX : row.due())
                .thenComparing(QueueRow::id);
    }

    private List<String> expected(Predicate<QueueRow> matches, Comparator<QueueRow> order) {
        return rows.stream().filter(matches).sorted(order).map(QueueRow::id).toList();
    }

    private List<String> readAll(String path) {
        return readAll(path, QUINN);
    }

    /** Every page, following the cursors; fails on a repeated task. */
    private List<String> readAll(String path, DemoUser user) {
        List<String> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String next = path;
        while (next != null) {
            Reply page = expect(api.get(user, next), 200);
            for (String id : ids(page)) {
                assertThat(seen.add(id)).as("%s read twice", id).isTrue();
                all.add(id);
            }
            String cursor = after(page);
            next = cursor == null ? null : path + "&after=" + encode(cursor);
        }
        return all;
    }

    private static List<String> ids(Reply page) {
        List<String> ids = new ArrayList<>();
        page.body().forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    /** The cursor of the next page, from the Link header. */
    private static String after(Reply page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        String target = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        for (String parameter : target.substring(target.indexOf('?') + 1).split("&")) {
            if (parameter.startsWith("after=")) {
                return URLDecoder.decode(parameter.substring("after=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no cursor in " + link);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String bisReview(String applicationId) {
        return steps.task("bianca", applicationId, "BIS_REVIEW").path("id").asText();
    }

    private String applicationOf(String taskId) {
        return jdbc.queryForObject("select application_id::text from workflow_queue_task where task_id = ?",
                String.class, taskId);
    }

    private List<String> engineTaskIds(String applicationId) {
        return jdbc.queryForList("select t.id_ from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_ "
                + "where p.business_key_ = ?", String.class, applicationId);
    }

    private JsonNode timelineEntry(String applicationId, String action) {
        JsonNode timeline = expect(api.get(BIANCA, "/api/staff/applications/" + applicationId + "/timeline"), 200)
                .body();
        JsonNode found = null;
        for (JsonNode entry : timeline) {
            if (entry.path("action").asText().equals(action)) {
                found = entry;
            }
        }
        assertThat(found).as("%s in %s", action, timeline).isNotNull();
        return found;
    }

    private static List<String> statuses(JsonNode results) {
        List<String> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.path("taskId").asText() + " " + result.path("status").asInt()));
        return statuses;
    }

    private static Reply expect(Reply reply, int status) {
        return CaseSteps.expect(reply, status);
    }
}
