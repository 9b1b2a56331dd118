package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each person sees inside the cases they may open, signed in as the demo users: an agency's
 * people see their own agency's referral, assessments and internal notes and nothing of another
 * agency's; the Operating Committee chair sees the disputed cases, whole, and no others.
 */
class AgencyBoundariesIT extends AgainstRealKeycloak {

    @Test
    void reviewersSeeOnlyTheirOwnAgencysReferralAndPosition() {
        String id = referred("DOD", "STATE");
        record("sam", id, Map.of("type", "APPROVE", "rationale", "State has no concern."));

        JsonNode defense = caseAs("dan", id);
        assertThat(referralAgencies(defense)).containsExactly("DOD");
        assertThat(defense.toString()).doesNotContain("State has no concern.");
        assertThat(defense.path("reconciliation").isMissingNode() || defense.path("reconciliation").isNull()).isTrue();

        JsonNode state = caseAs("sam", id);
        assertThat(referralAgencies(state)).containsExactly("STATE");

        JsonNode bis = caseAs("bianca", id);
        assertThat(referralAgencies(bis)).containsExactlyInAnyOrder("DOD", "STATE");
        assertThat(bis.toString()).contains("State has no concern.");

        assertThat(api.send(signIn("erin"), "GET", "/api/staff/applications/" + id, null).status())
                .as("Energy was not referred the case").isEqualTo(404);
        assertThat(search("erin")).doesNotContain(id);
        assertThat(search("dan")).contains(id);
    }

    @Test
    void assessorsSeeOnlyTheirOwnComponentsAssessment() {
        String id = referred("DOD");
        String referral = taskOf("dan", id, "AGENCY_REVIEW").path("referralId").asText();
        assertThat(api.send(signIn("dan"), "POST", "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("ARMY", "NAVY"))).status()).isEqualTo(201);

        JsonNode army = caseAs("ari", id);
        assertThat(army.path("referrals").get(0).path("assessments").findValuesAsText("component"))
                .containsExactly("ARMY");
        JsonNode arbiter = caseAs("dan", id);
        assertThat(arbiter.path("referrals").get(0).path("assessments").findValuesAsText("component"))
                .containsExactlyInAnyOrder("ARMY", "NAVY");
        assertThat(tasks("ari", id)).extracting(task -> task.path("agency").asText()).containsExactly("ARMY");
    }

    @Test
    void internalNotesStayWithinTheAgencyThatWroteThem() {
        String id = referred("DOD", "STATE");
        String secret = "DTSA: end user appears in a classified holding; do not discuss outside DoD.";
        Reply written = api.send(signIn("dan"), "POST", "/api/staff/applications/" + id + "/notes",
                Map.of("text", secret));
        assertThat(written.status()).as(written.body().toString()).isEqualTo(201);
        assertThat(written.text("agency")).isEqualTo("DOD");
        assertThat(written.text("writtenBy")).isEqualTo("dan");

        assertThat(notes("dan", id)).containsExactly(secret);
        assertThat(notes("sam", id)).isEmpty();
        assertThat(notes("bianca", id)).isEmpty();
        assertThat(notes("ada", id)).isEmpty();

        assertThat(timeline("dan", id)).contains("INTERNAL_NOTE_ADDED");
        assertThat(timeline("sam", id)).doesNotContain("INTERNAL_NOTE_ADDED");
        assertThat(timeline("bianca", id)).doesNotContain("INTERNAL_NOTE_ADDED");
        for (String outsider : List.of("sam", "bianca", "ada")) {
            assertThat(api.send(signIn(outsider), "GET", "/api/staff/applications/" + id + "/timeline", null)
                    .body().toString()).as(outsider).doesNotContain("classified holding");
        }
        assertThat(api.send(signIn("alice"), "GET", "/api/applicant/applications/" + id, null).body().toString())
                .doesNotContain("classified holding");

        Reply empty = api.send(signIn("sam"), "POST", "/api/staff/applications/" + id + "/notes", Map.of("text", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").findValuesAsText("field")).containsExactly("text");
    }

    @Test
    void theOperatingCommitteeChairSeesTheDisputedCasesWholeAndNoOthers() {
        String agreed = referred("STATE");
        String disputed = referred("DOD", "STATE");
        record("sam", disputed, Map.of("type", "APPROVE", "rationale", "State approves."));
        record("dan", disputed, Map.of("type", "DENY", "rationale", "Defense denies.",
                "statutoryBasis", "50 U.S.C. 4813", "regulatoryBasis", "15 CFR 742.4"));
        awaitStatus(disputed, "ESCALATED");

        assertThat(search("oscar")).contains(disputed).doesNotContain(agreed);
        assertThat(api.send(signIn("oscar"), "GET", "/api/staff/applications/" + agreed, null).status())
                .isEqualTo(404);
        JsonNode committee = caseAs("oscar", disputed);
        assertThat(referralAgencies(committee)).containsExactlyInAnyOrder("DOD", "STATE");
        assertThat(committee.path("reconciliation").path("verdict").asText()).isEqualTo("DISPUTE");

        assertThat(tasks("oscar", disputed)).extracting(task -> task.path("type").asText())
                .containsExactly("OC_DECISION");
        assertThat(tasks("oscar", agreed)).isEmpty();
        assertThat(tasks("bianca", disputed)).isEmpty();
    }

    // ------------------------------------------------------------------ steps

    private String referred(String... agencies) {
        String id = steps().submitted("alice", ApplicationForms.valid());
        steps().refer("bianca", id, "APPROVE", agencies);
        return id;
    }

    private void record(String reviewer, String id, Map<String, Object> position) {
        steps().recordPosition(reviewer, id, position);
    }

    private JsonNode taskOf(String user, String id, String type) {
        return steps().task(user, id, type);
    }

    private List<JsonNode> tasks(String user, String id) {
        return steps().tasks(user, id);
    }

    private static List<String> referralAgencies(JsonNode staffCase) {
        List<String> agencies = new java.util.ArrayList<>();
        staffCase.path("referrals").forEach(referral -> agencies.add(referral.path("referral").path("agency").asText()));
        return agencies;
    }

    private JsonNode caseAs(String user, String id) {
        Reply reply = api.send(signIn(user), "GET", "/api/staff/applications/" + id, null);
        assertThat(reply.status()).as(user + ": " + reply.body()).isEqualTo(200);
        return reply.body();
    }

    private List<String> search(String user) {
        Reply reply = api.send(signIn(user), "GET", "/api/staff/applications?size=200", null);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body().path("content").findValuesAsText("id");
    }

    private List<String> notes(String user, String id) {
        Reply reply = api.send(signIn(user), "GET", "/api/staff/applications/" + id + "/notes", null);
        assertThat(reply.status()).as(user + ": " + reply.body()).isEqualTo(200);
        return reply.body().findValuesAsText("text");
    }

    private List<String> timeline(String user, String id) {
        Reply reply = api.send(signIn(user), "GET", "/api/staff/applications/" + id + "/timeline", null);
        assertThat(reply.status()).as(user + ": " + reply.body()).isEqualTo(200);
        return reply.body().findValuesAsText("action");
    }

    private void awaitStatus(String id, String status) {
        steps().awaitStatus("bianca", id, status);
    }
}
