package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A return without action ("return for more information" in DoD's words, seed 003) is not
 * agreement: it blocks BIS's decision until BIS supplies what is missing and the agency records a new
 * position, or BIS returns the application (DOMAIN.md, Reconciliation). Over HTTP, on PostgreSQL.
 */
class ReturnWithoutActionIT extends AgainstTestIssuer {

    private static final String MISSING = "Technical specifications of the focal plane array: pixel pitch and "
            + "frame rate.";

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void aReturnWithoutActionBlocksTheDecisionUntilBisSuppliesTheInformationAndTheAgencyTakesANewPosition() {
        String id = steps().submitted(ALICE.username(), ApplicationForms.valid());
        steps().refer(BIANCA.username(), id, "APPROVE", "DOD", "STATE");
        String defenseReferral = steps().referralOf(DAN.username(), id);

        recordPosition(DAN, defenseReferral, Map.of("type", "RETURN_WITHOUT_ACTION",
                "rationale", "Cannot assess the national security risk.", "missingInformation", MISSING), 201);
        steps().recordPosition(SAM.username(), id, Map.of("type", "APPROVE", "rationale", "No objection."));

        JsonNode blocked = staffView(BIANCA, id);
        assertThat(blocked.path("application").path("status").asText()).isEqualTo("IN_RECONCILIATION");
        assertThat(blocked.path("reconciliation").path("verdict").asText()).isEqualTo("BLOCKED");
        JsonNode block = single(blocked.path("returnBlocks"));
        assertThat(block.path("agency").asText()).isEqualTo("DOD");
        assertThat(block.path("missingInformation").asText()).isEqualTo(MISSING);
        assertThat(block.path("mustAct").asText()).as("BIS must supply the information first").isEqualTo("BIS");
        assertThat(staffView(SAM, id).path("returnBlocks")).as("another agency's return is not State's to see")
                .isEmpty();

        Reply approval = api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "All agencies concur."));
        assertThat(approval.status()).as(approval.body().toString()).isEqualTo(409);
        assertThat(approval.contentType()).startsWith("application/problem+json");
        assertThat(approval.text("detail")).contains("DOD", MISSING);
        Reply intent = api.post(BIANCA, "/api/staff/applications/" + id + "/intent-to-deny", Map.of(
                "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)", "reasons", "Risk.", "reconsideration", "None.", "contact", "BIS"));
        assertThat(intent.status()).as("a denial is blocked as well").isEqualTo(409);
        assertThat(intent.text("detail")).contains("DOD", MISSING);

        recordPosition(DAN, defenseReferral, Map.of("type", "APPROVE", "rationale", "Too early."), 409);

        String supply = "/api/staff/positions/" + block.path("positionId").asText() + "/supplied-information";
        Map<String, Object> answer = Map.of("information", "Pixel pitch 12 um, frame rate 30 Hz: see the "
                + "manufacturer's data sheet uploaded today.");
        assertThat(api.post(SAM, supply, answer).status()).as("State sees the case; only BIS supplies").isEqualTo(403);
        assertThat(api.post(DAN, supply, answer).status()).as("only BIS supplies").isEqualTo(403);
        Reply empty = api.post(BIANCA, supply, Map.of("information", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").findValuesAsText("field")).containsExactly("information");
        Reply supplied = api.post(BIANCA, supply, answer);
        assertThat(supplied.status()).as(supplied.body().toString()).isEqualTo(201);

        assertThat(staffView(BIANCA, id).path("allowedActions").findValuesAsText("action"))
                .as("while the return stands BIS may decide (only to return) but not send an intent to deny")
                .contains("DECIDE", "SUPPLY_INFORMATION").doesNotContain("ISSUE_INTENT_TO_DENY");

        JsonNode defenseView = staffView(DAN, id);
        JsonNode defenseReferralCase = single(defenseView.path("referrals"));
        assertThat(defenseReferralCase.path("suppliedInformation").findValuesAsText("information"))
                .containsExactly(answer.get("information").toString());
        assertThat(single(defenseView.path("returnBlocks")).path("mustAct").asText())
                .as("now DoD must record a new position").isEqualTo("DOD");
        assertThat(api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "All agencies concur.")).status())
                .as("supplying the information alone does not lift the block").isEqualTo(409);

        recordPosition(DAN, defenseReferral, Map.of("type", "APPROVE", "rationale", "No national security concern."),
                201);
        recordPosition(DORA, defenseReferral, Map.of("type", "APPROVE", "rationale", "Again."), 409);

        JsonNode agreed = staffView(BIANCA, id);
        assertThat(agreed.path("returnBlocks")).isEmpty();
        assertThat(agreed.path("reconciliation").path("verdict").asText()).isEqualTo("AGREE");
        JsonNode defense = agreed.path("referrals").findParents("referral").stream()
                .filter(referral -> referral.path("referral").path("agency").asText().equals("DOD"))
                .findFirst().orElseThrow();
        assertThat(defense.path("position").path("type").asText()).isEqualTo("APPROVE");
        assertThat(defense.path("position").path("supersedes").asText()).isEqualTo(block.path("positionId").asText());
        assertThat(defense.path("supersededPositions").findValuesAsText("type"))
                .containsExactly("RETURN_WITHOUT_ACTION");
        assertThat(steps().tasks(BIANCA.username(), id)).extracting(task -> task.path("type").asText())
                .containsExactly("DECISION");

        Reply decided = api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "All agencies concur."));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(steps().awaitLicense(ALICE.username(), id).path("licenseNumber").asText()).matches("D\\d{6}");
        assertThat(api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body().findValuesAsText("action"))
                .contains("INFORMATION_SUPPLIED");
    }

    @Test
    void bisMayStillReturnTheApplicationWhileAnAgencysReturnStands() {
        String id = steps().submitted(ALICE.username(), ApplicationForms.valid());
        steps().refer(BIANCA.username(), id, "APPROVE", "DOD");
        recordPosition(DAN, steps().referralOf(DAN.username(), id), Map.of("type", "RETURN_WITHOUT_ACTION",
                "rationale", "Cannot assess.", "missingInformation", MISSING), 201);

        Reply returned = api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "RETURNED_WITHOUT_ACTION", "rationale", "The applicant did not supply " + MISSING));
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        assertThat(staffView(BIANCA, id).path("application").path("status").asText()).isEqualTo("CLOSED");
        assertThat(staffView(BIANCA, id).path("returnBlocks")).as("a closed case has no open referral").isEmpty();
    }

    @Test
    void aDenialInPlaceOfTheReturnEscalatesTheCaseToTheOperatingCommittee() {
        String id = steps().submitted(ALICE.username(), ApplicationForms.valid());
        steps().refer(BIANCA.username(), id, "APPROVE", "DOD", "STATE");
        String defenseReferral = steps().referralOf(DAN.username(), id);
        recordPosition(DAN, defenseReferral, Map.of("type", "RETURN_WITHOUT_ACTION",
                "rationale", "Cannot assess.", "missingInformation", MISSING), 201);
        steps().recordPosition(SAM.username(), id, Map.of("type", "APPROVE", "rationale", "No objection."));
        String positionId = single(staffView(BIANCA, id).path("returnBlocks")).path("positionId").asText();
        assertThat(api.post(BIANCA, "/api/staff/positions/" + positionId + "/supplied-information",
                Map.of("information", "Data sheet uploaded.")).status()).isEqualTo(201);

        recordPosition(DAN, defenseReferral, Map.of("type", "DENY", "rationale", "Diversion risk.",
                "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)"), 201);

        JsonNode escalated = staffView(BIANCA, id);
        assertThat(escalated.path("application").path("status").asText()).isEqualTo("ESCALATED");
        assertThat(escalated.path("reconciliation").path("verdict").asText()).isEqualTo("DISPUTE");
        assertThat(steps().tasks(BIANCA.username(), id)).as("BIS's decision task is gone").isEmpty();
        assertThat(steps().tasks(OSCAR.username(), id)).extracting(task -> task.path("type").asText())
                .containsExactly("OC_DECISION");
    }

    private void recordPosition(DemoUser reviewer, String referralId, Map<String, Object> position, int status) {
        Reply reply = api.post(reviewer, "/api/staff/referrals/" + referralId + "/position", position);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    private JsonNode staffView(DemoUser user, String id) {
        Reply reply = api.get(user, "/api/staff/applications/" + id);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private CaseSteps steps() {
        return CaseSteps.signedByTestIssuer(api);
    }

    private static JsonNode single(JsonNode nodes) {
        assertThat(nodes).hasSize(1);
        return nodes.get(0);
    }
}
