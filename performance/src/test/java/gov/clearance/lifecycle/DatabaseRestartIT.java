package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.benchmark.CaseConsistency;
import gov.clearance.benchmark.DatabaseServer;
import gov.clearance.benchmark.CaseConsistency.Acknowledged;
import gov.clearance.lifecycle.Api.Reply;
import java.sql.Connection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL restarts while applicants are submitting: requests during the outage are refused cleanly with
 * 503 problem+json and Retry-After, never a 500 and never half-applied; the application reconnects by
 * itself; clients that retry with their Idempotency-Key end with each case registered exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "clearance.documents.directory=target/test-documents",
            "spring.datasource.username=postgres", "spring.datasource.password=postgres",
            "clearance.screening.initial-list="})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseRestartIT {

    private static final DatabaseServer POSTGRES =
            DatabaseServer.fresh(Path.of("target", "restart-postgres"), Map.of()).start();
    private static final int CLIENTS = 3;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.jdbcUrl("postgres"));
        registry.add("clearance.identity.issuer", TestIssuer.get()::issuerUri);
    }

    @AfterAll
    static void stopDatabase() {
        // the application context closes after this, while its connections are already gone: harmless
        POSTGRES.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private final Set<String> drafted = ConcurrentHashMap.newKeySet();
    private final Set<String> submitted = ConcurrentHashMap.newKeySet();
    private final List<String> unexpectedAnswers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger outageRefusals = new AtomicInteger();

    @Test
    void refusesCleanlyDuringTheOutageRecoversByItselfAndRegistersEachCaseOnce() throws Exception {
        Api api = new Api(port);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            work.add(clients.submit(() -> {
                while (running.get()) {
                    submitOneCase(api);
                }
                return null;
            }));
        }
        try {
            awaitSubmissions(3);
            POSTGRES.stop();
            Reply duringOutage = api.get(BIANCA, "/api/staff/tasks");
            assertThat(duringOutage.status()).isEqualTo(503);
            assertThat(duringOutage.contentType()).startsWith("application/problem+json");
            assertThat(duringOutage.header("Retry-After")).isEqualTo("5");
            assertThat(duringOutage.body().path("title").asText()).isEqualTo("Service unavailable");
            Thread.sleep(2_000);
            POSTGRES.start();
            int beforeRecovery = submitted.size();
            awaitSubmissions(beforeRecovery + 3);
        } finally {
            running.set(false);
            for (Future<?> client : work) {
                client.get();
            }
            clients.shutdownNow();
        }

        assertThat(unexpectedAnswers).as("answers other than success or 503").isEmpty();
        assertThat(outageRefusals.get()).as("requests refused with 503 during the outage").isPositive();
        assertThat(api.get(BIANCA, "/api/staff/tasks").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from intake_application", Integer.class))
                .as("one application per acknowledged draft, none from retries").isEqualTo(drafted.size());
        assertThat(submitted).isEqualTo(drafted);
        try (Connection database = dataSource.getConnection()) {
            assertThat(CaseConsistency.check(database, new Acknowledged(submitted, List.of(), List.of())).breaches())
                    .isEmpty();
        }
    }

    /** One applicant's draft and submission, each retried with its own key until acknowledged. */
    private void submitOneCase(Api api) throws InterruptedException {
        String id = untilAnswered(api, "POST", "/api/applicant/applications", ApplicationForms.valid(), 201)
                .text("id");
        drafted.add(id);
        untilAnswered(api, "POST", "/api/applicant/applications/" + id + "/submit", null, 200);
        submitted.add(id);
    }

    private Reply untilAnswered(Api api, String method, String path, Object body, int expected)
            throws InterruptedException {
        String key = UUID.randomUUID().toString();
        long giveUp = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < giveUp) {
            Reply reply = api.send(TestIssuer.get().token(ALICE), method, path, body, Map.of("Idempotency-Key", key));
            if (reply.status() == expected) {
                return reply;
            }
            if (reply.status() == 503 && reply.contentType().startsWith("application/problem+json")
                    && reply.header("Retry-After") != null) {
                outageRefusals.incrementAndGet();
                Thread.sleep(250);
            } else {
                unexpectedAnswers.add(method + " " + path + " -> " + reply.status() + " " + reply.body());
                Thread.sleep(250);
            }
        }
        throw new AssertionError("No answer to " + method + " " + path + " within two minutes");
    }

    private void awaitSubmissions(int count) {
        Awaitility.await(count + " submissions").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> submitted.size() >= count);
    }
}
