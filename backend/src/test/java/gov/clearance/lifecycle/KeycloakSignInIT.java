package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo realm on a real Keycloak, started by the application as the start command does: the
 * demo users sign in with their passwords and work a whole case with the tokens Keycloak gives them.
 */
class KeycloakSignInIT extends AgainstRealKeycloak {

    @Test
    void demoUsersSignInAndWorkACaseWithRealTokens() {
        String alice = signIn("alice");
        Reply created = api.send(alice, "POST", "/api/applicant/applications", ApplicationForms.valid());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("organization")).isEqualTo("Acme Exports");
        String id = created.text("id");
        assertThat(api.send(alice, "POST", "/api/applicant/applications/" + id + "/submit", null).status())
                .isEqualTo(200);

        assertThat(api.send(signIn("bob"), "GET", "/api/applicant/applications/" + id, null).status())
                .isEqualTo(404);

        String bianca = signIn("bianca");
        Reply tasks = api.send(bianca, "GET", "/api/staff/tasks?applicationId=" + id, null);
        assertThat(tasks.body().findValuesAsText("type")).containsExactly("BIS_REVIEW");
        assertThat(api.send(bianca, "POST", "/api/staff/applications/" + id + "/review", Map.of("action", "REFER",
                "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "agencies", List.of("DOD"), "proposedOutcome", "APPROVE", "analysis", "Refer to DoD."))
                .status()).isEqualTo(200);

        String dan = signIn("dan");
        JsonNode task = api.send(dan, "GET", "/api/staff/tasks?applicationId=" + id, null).body().get(0);
        String referral = task.path("referralId").asText();
        assertThat(api.send(dan, "POST", "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("ARMY"))).status()).isEqualTo(201);

        String ari = signIn("ari");
        JsonNode assessment = api.send(ari, "GET", "/api/staff/tasks?applicationId=" + id, null).body().get(0);
        assertThat(assessment.path("agency").asText()).isEqualTo("ARMY");
        assertThat(api.send(ari, "POST", "/api/staff/assessments/" + assessment.path("assessmentId").asText(),
                Map.of("recommendation", "APPROVE", "rationale", "No Army concern.")).status()).isEqualTo(201);
        assertThat(api.send(dan, "POST", "/api/staff/referrals/" + referral + "/position",
                Map.of("type", "APPROVE", "rationale", "Army concurs.")).status()).isEqualTo(201);

        JsonNode timeline = api.send(bianca, "GET", "/api/staff/applications/" + id + "/timeline", null).body();
        assertThat(timeline.findValuesAsText("actor")).contains("alice", "bianca", "dan", "ari");
        assertThat(timeline.findValuesAsText("agency")).contains("BIS", "DOD", "DOD/ARMY");
    }

    @Test
    void refusesAWrongPassword() {
        HttpResponse<String> refused = RealKeycloak.passwordGrant("clearance", "clearance-cli", "alice", "not-alice");
        assertThat(refused.statusCode()).isIn(400, 401);
        assertThat(RealKeycloak.read(refused.body()).path("error").asText()).isEqualTo("invalid_grant");
    }
}
