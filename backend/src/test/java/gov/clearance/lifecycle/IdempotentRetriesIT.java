package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.BOB;
import static gov.clearance.lifecycle.DemoUser.DAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Submissions and positions sent with an {@code Idempotency-Key} are safe to retry: the retry gets the first
 * answer back and changes nothing, whether it comes after the first answer or while the first request is
 * still running.
 */
class IdempotentRetriesIT extends AgainstTestIssuer {

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    CaseSteps steps;

    @BeforeEach
    void connect() {
        api = new Api(port);
        steps = CaseSteps.signedByTestIssuer(api);
    }

    private Reply send(DemoUser user, String method, String path, Object body, String key) {
        return api.send(TestIssuer.get().token(user), method, path, body, Map.of("Idempotency-Key", key));
    }

    private int applicationsOf(String organization) {
        return jdbc.queryForObject("select count(*) from intake_application where organization = ?", Integer.class,
                organization);
    }

    @Test
    void aRetriedDraftReturnsTheFirstAnswerAndCreatesOneApplication() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = ApplicationForms.valid();
        int before = applicationsOf(ALICE.organization());

        Reply first = send(ALICE, "POST", "/api/applicant/applications", form, key);
        Reply retry = send(ALICE, "POST", "/api/applicant/applications", form, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(applicationsOf(ALICE.organization())).isEqualTo(before + 1);
    }

    @Test
    void aRetriedSubmissionRegistersTheCaseOnceAndStartsOneProcess() {
        String id = CaseSteps.expect(api.post(ALICE, "/api/applicant/applications", ApplicationForms.valid()), 201)
                .text("id");
        String key = UUID.randomUUID().toString();

        Reply first = send(ALICE, "POST", "/api/applicant/applications/" + id + "/submit", null, key);
        Reply retry = send(ALICE, "POST", "/api/applicant/applications/" + id + "/submit", null, key);
        Reply withoutKey = api.post(ALICE, "/api/applicant/applications/" + id + "/submit", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(withoutKey.status()).as("a second submission without a key is a new request").isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where application_id = ?::uuid "
                + "and action = 'APPLICATION_SUBMITTED'", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ? "
                + "and parent_id_ is null", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aRetriedPositionIsRecordedOnce() {
        String id = steps.submitted("alice", ApplicationForms.valid());
        steps.refer("bianca", id, "APPROVE", "DOD", "STATE");
        String referral = steps.referralOf("dan", id);
        String key = UUID.randomUUID().toString();
        Map<String, Object> position = Map.of("type", "APPROVE", "rationale", "No national security concern.");

        Reply first = send(DAN, "POST", "/api/staff/referrals/" + referral + "/position", position, key);
        Reply retry = send(DAN, "POST", "/api/staff/referrals/" + referral + "/position", position, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(jdbc.queryForObject("select count(*) from position_position where referral_id = ?::uuid",
                Integer.class, referral)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where application_id = ?::uuid "
                + "and action = 'POSITION_RECORDED'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void retriesArrivingTogetherAreCarriedOutOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = ApplicationForms.valid();
        int before = applicationsOf(ALICE.organization());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(clients.submit(() -> {
                    start.await();
                    return send(ALICE, "POST", "/api/applicant/applications", form, key);
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                assertThat(reply.get().status()).isEqualTo(201);
                ids.add(reply.get().text("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            clients.shutdownNow();
        }
        assertThat(applicationsOf(ALICE.organization())).isEqualTo(before + 1);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(send(ALICE, "POST", "/api/applicant/applications", ApplicationForms.valid(), key).status())
                .isEqualTo(201);
        int before = applicationsOf(ALICE.organization());

        Reply reused = send(ALICE, "POST", "/api/applicant/applications", ApplicationForms.valid(), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.body().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(applicationsOf(ALICE.organization())).isEqualTo(before);
    }

    @Test
    void aRefusedRequestIsNotRememberedSoItsCorrectedRetryIsCarriedOut() {
        String key = UUID.randomUUID().toString();
        int before = applicationsOf(ALICE.organization());

        Reply refused = send(ALICE, "POST", "/api/applicant/applications", Map.of("type", "SMUGGLE"), key);
        Reply corrected = send(ALICE, "POST", "/api/applicant/applications", ApplicationForms.valid(), key);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
        assertThat(applicationsOf(ALICE.organization())).isEqualTo(before + 1);
    }

    @Test
    void eachPersonHasTheirOwnKeys() {
        String key = UUID.randomUUID().toString();
        Reply alices = send(ALICE, "POST", "/api/applicant/applications", ApplicationForms.valid(), key);
        Reply bobs = send(BOB, "POST", "/api/applicant/applications", ApplicationForms.valid(), key);

        assertThat(alices.status()).isEqualTo(201);
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.header("Idempotent-Replayed")).isNull();
        assertThat(bobs.text("id")).isNotEqualTo(alices.text("id"));
    }

    @Test
    void aMalformedKeyIsRefusedWithTheHeaderNamed() {
        int before = applicationsOf(ALICE.organization());
        Reply refused = send(ALICE, "POST", "/api/applicant/applications", ApplicationForms.valid(), "two words");

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(error.path("reason").asText()).contains("visible ASCII");
        assertThat(applicationsOf(ALICE.organization())).isEqualTo(before);
    }

    @Test
    void readsIgnoreTheKey() {
        Reply tasks = send(BIANCA, "GET", "/api/staff/tasks", null, "any key");
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.header("Idempotent-Replayed")).isNull();
    }
}
