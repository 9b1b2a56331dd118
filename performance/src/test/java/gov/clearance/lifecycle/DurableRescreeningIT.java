package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.clearance.benchmark.ClearanceNode;
import gov.clearance.benchmark.ClusterApi;
import gov.clearance.benchmark.DatabaseServer;
import gov.clearance.benchmark.EndpointLatencies;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rescreening after a list import survives a crash (issue 14, durable work): the application, a real child
 * JVM on its own PostgreSQL, is killed with SIGKILL when half of the open cases are screened against the new list;
 * after its restart every open case is screened against it, the newly listed party is hit, and the import's
 * progress counts each case once.
 *
 * <p>The node looks for pending cases when it starts and then only once an hour, so the test decides when it works:
 * it holds half of the pending cases locked (as another node working on them would), restarts the node, which
 * screens the other half and skips those, kills it, releases the locks and starts it again.
 */
class DurableRescreeningIT {

    private static final Path OUTPUT = Path.of("target", "durable-rescreening");
    private static final String DATABASE = "clearance";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DatabaseServer database;
    private static ClearanceNode node;

    @BeforeAll
    static void startOneNode() throws Exception {
        database = DatabaseServer.fresh(OUTPUT.resolve("postgres"), Map.of()).start();
        database.createDatabase(DATABASE);
        node = new ClearanceNode("node-1", new ClearanceNode.Settings(database.jdbcUrl(DATABASE),
                TestIssuer.get().issuerUri(), OUTPUT.resolve("documents"), OUTPUT.resolve("logs"), List.of(
                        "-Xmx640m", "-Dclearance.screening.rescreening.interval=PT1H",
                        "-Dclearance.screening.rescreening.batch-size=4")));
        node.start();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aNodeKilledHalfwayThroughARescreeningScreensEveryOpenCaseAfterItsRestart() throws Exception {
        ClusterApi api = new ClusterApi(List.of(node.baseUrl()), user -> TestIssuer.get().token(DemoUser.named(user)),
                Duration.ofMinutes(3), new EndpointLatencies());
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            cases.add(submitted(api, ApplicationForms.valid()));
        }
        String listedLater = submitted(api, PartyScreeningIT.formWithConsignee("Kestrel Feinmechanik GmbH", "DE"));
        cases.add(listedLater);

        ClusterApi.Reply imported = api.send("ada", "POST", "/api/admin/screening-lists?fileName=newer-list.json",
                listWithKestrel());
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String importId = imported.text("id");
        assertThat(progress(api, importId).path("casesToRescreen").asInt()).isEqualTo(cases.size());
        assertThat(progress(api, importId).path("casesRescreened").asInt()).isZero();

        try (Connection another = database.connect(DATABASE)) {
            another.setAutoCommit(false);
            List<String> held = holdPending(another, importId, cases.subList(6, cases.size()));
            assertThat(held).hasSize(6).contains(listedLater);

            node.kill();
            node.start(); // looks for pending cases as it starts: screens the six it can claim
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(progress(api, importId).path("casesRescreened").asInt()).isEqualTo(6));
            assertThat(progress(api, importId).path("rescreenFinishedAt").isMissingNode()).isTrue();
            assertThat(screeningOf(api, listedLater).path("lastRun").path("listImportId").asText())
                    .as("held, so not screened yet").isNotEqualTo(importId);

            node.kill();
            another.rollback();
        }

        node.start();
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(progress(api, importId).path("rescreenFinishedAt").isMissingNode()).isFalse());

        JsonNode finished = progress(api, importId);
        assertThat(finished.path("casesRescreened").asInt()).isEqualTo(cases.size());
        for (String id : cases) {
            JsonNode lastRun = screeningOf(api, id).path("lastRun");
            assertThat(lastRun.path("listImportId").asText()).as(id).isEqualTo(importId);
            assertThat(lastRun.path("cause").asText()).as(id).isEqualTo("LIST_IMPORT");
        }
        assertThat(screeningOf(api, listedLater).path("hits").findValuesAsText("listedName"))
                .contains("KESTREL FEINMECHANIK");
        try (Connection connection = database.connect(DATABASE);
                ResultSet runs = connection.createStatement().executeQuery("select application_id, count(*) "
                        + "from screening_run where import_id = '" + importId + "' group by application_id "
                        + "having count(*) > 1")) {
            assertThat(runs.next()).as("a case screened twice against the new list").isFalse();
        }
    }

    private static String submitted(ClusterApi api, Map<String, Object> form) {
        ClusterApi.Reply draft = api.send("alice", "POST", "/api/applicant/applications", form);
        assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
        String id = draft.text("id");
        ClusterApi.Reply submitted = api.send("alice", "POST", "/api/applicant/applications/{id}/submit", null, id);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        return id;
    }

    /** Locks the pending rows of these cases, as a node working on them would; returns the cases locked. */
    private static List<String> holdPending(Connection connection, String importId, List<String> cases)
            throws Exception {
        List<String> held = new ArrayList<>();
        try (PreparedStatement lock = connection.prepareStatement("select application_id from "
                + "screening_rescreen_pending where import_id = ? and application_id = any (?) for update")) {
            lock.setObject(1, UUID.fromString(importId));
            lock.setArray(2, connection.createArrayOf("uuid", cases.stream().map(UUID::fromString).toArray()));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1));
                }
            }
        }
        return held;
    }

    private static JsonNode progress(ClusterApi api, String importId) {
        ClusterApi.Reply reply = api.send("ada", "GET", "/api/admin/screening-lists/{id}", null, importId);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode screeningOf(ClusterApi api, String id) {
        ClusterApi.Reply reply = api.send("bianca", "GET", "/api/staff/applications/{id}/screening", null, id);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    /** The shipped sample, as trade.gov publishes it in JSON, with one more Entity List entry. */
    private static JsonNode listWithKestrel() throws Exception {
        try (InputStream sample = DurableRescreeningIT.class.getClassLoader().getResourceAsStream(
                "db/migration/reference/screening/consolidated-screening-list-sample.json")) {
            ObjectNode list = (ObjectNode) JSON.readTree(sample);
            ArrayNode results = (ArrayNode) list.path("results");
            ObjectNode kestrel = results.get(0).deepCopy();
            kestrel.put("id", "test-kestrel-1");
            kestrel.put("source", "Entity List (EL) - Bureau of Industry and Security");
            kestrel.put("name", "KESTREL FEINMECHANIK");
            results.add(kestrel);
            list.put("total", results.size());
            return list;
        }
    }
}
