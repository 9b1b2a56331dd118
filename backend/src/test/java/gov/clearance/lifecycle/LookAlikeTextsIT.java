package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.Applications;
import gov.clearance.shared.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Texts that look the same are the same (issue 14): a listed name disguised with a look-alike letter is hit at
 * registration, and a resubmission that differs only by invisible or look-alike characters is refused as a
 * duplicate naming the pending application. Texts with control characters or bidirectional overrides, which would
 * print otherwise than typed on a license or notice, are refused with the field named.
 */
class LookAlikeTextsIT extends AgainstTestIssuer {

    @Autowired
    Applications applications;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aListedNameWithALookAlikeLetterIsHitAtRegistrationAndBlocksTheDecision() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        // "Atlas Sanatgaran" of the Unverified List, with the IPA letter "ɑ" (U+0251) for the last "a"
        String id = steps.submitted(ALICE.username(), PartyScreeningIT.formWithConsignee("Atlas Sanatgar\u0251n",
                "AM"));

        JsonNode screening = api.get(BIANCA, "/api/staff/applications/" + id + "/screening").body();
        JsonNode hit = null;
        for (JsonNode candidate : screening.path("hits")) {
            if (candidate.path("listedName").asText().equals("Atlas Sanatgaran")) {
                hit = candidate;
            }
        }
        assertThat(hit).as(screening.toPrettyString()).isNotNull();
        assertThat(hit.path("reasons").toString()).contains("look-alike characters folded");
        Api.Reply decided = steps.send(BIANCA.username(), "POST", "/api/staff/applications/" + id + "/review",
                Map.of("action", "DECIDE", "proposedOutcome", "APPROVE", "analysis", "Approve."));
        assertThat(decided.status()).isEqualTo(409);
        assertThat(decided.body().path("detail").asText()).contains("awaiting adjudication");
    }

    @Test
    void aResubmissionThatOnlyLooksDifferentIsRefusedAsADuplicateOfThePendingOne() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String name = "Petro Handels GmbH " + UUID.randomUUID().toString().substring(0, 8);
        String first = steps.submitted(ALICE.username(), ApplicationForms.valid(name));
        String controlNumber = api.get(ALICE, "/api/applicant/applications/" + first).body().path("controlNumber")
                .asText();
        assertThat(controlNumber).matches("[A-Z][0-9]{6}");

        List<UnaryOperator<String>> disguises = List.of(
                typed -> typed.replace("Petro Handels", "Petro\u00a0Handels"), // no-break space
                typed -> typed + "\u200b", // trailing zero-width space
                typed -> typed.replace("Handels", "H\u0430ndels"), // Cyrillic а
                typed -> typed.replace("Petro", "\uff30etro")); // fullwidth Ｐ
        List<String> refusals = new ArrayList<>();
        for (UnaryOperator<String> disguise : disguises) {
            String disguised = disguise.apply(name);
            assertThat(disguised).isNotEqualTo(name);
            String draft = CaseSteps.expect(steps.send(ALICE.username(), "POST", "/api/applicant/applications",
                    ApplicationForms.valid(disguised)), 201).text("id");
            Api.Reply submitted = steps.send(ALICE.username(), "POST", "/api/applicant/applications/" + draft
                    + "/submit", null);
            assertThat(submitted.status()).as(disguised + ": " + submitted.body()).isEqualTo(409);
            refusals.add(submitted.body().path("detail").asText());
        }
        assertThat(refusals).allSatisfy(detail -> assertThat(detail).isEqualTo("Application " + controlNumber
                + " for the same transaction (same applicant, parties and items) is still pending"));
    }

    @Test
    void theSameDraftSubmittedTwiceAtOnceIsRefusedNamingItsControlNumber() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String id = CaseSteps.expect(steps.send(ALICE.username(), "POST", "/api/applicant/applications",
                ApplicationForms.valid()), 201).text("id");
        CurrentUser alice = new CurrentUser("alice", "Alice", Set.of(Role.APPLICANT), null, null, "Acme Exports");

        // the second submission has read the draft when the first one registers it
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            applications.viewForApplicant(alice, UUID.fromString(id));
            steps.submittedDraft(ALICE.username(), id);
            applications.submit(alice, UUID.fromString(id));
        })).isInstanceOf(ConflictException.class).hasMessageNotContaining("null")
                .hasMessage("Application " + api.get(ALICE, "/api/applicant/applications/" + id).body()
                        .path("controlNumber").asText() + " has already been submitted");
    }

    @Test
    void textsWithControlOrBidirectionalOverrideCharactersAreRefusedWithTheFieldNamed() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        Map<String, Object> reordered = ApplicationForms.valid("RED\u202eLRO Optics");
        Map<String, Object> escaped = ApplicationForms.valid();
        escaped.put("specificEndUse", "Research \u001b[31m laboratory");
        Map<String, Object> bell = ApplicationForms.valid();
        bell.put("additionalInformation", "Ring\u0007 and \u0085next line");

        Api.Reply override = steps.send(ALICE.username(), "POST", "/api/applicant/applications", reordered);
        Api.Reply escape = steps.send(ALICE.username(), "POST", "/api/applicant/applications", escaped);
        Api.Reply control = steps.send(ALICE.username(), "POST", "/api/applicant/applications", bell);

        assertThat(override.status()).isEqualTo(400);
        assertThat(override.contentType()).startsWith("application/problem+json");
        assertThat(override.body().path("errors").get(0).path("field").asText()).isEqualTo("purchaser.name");
        assertThat(override.body().path("errors").get(0).path("reason").asText())
                .isEqualTo("must not contain bidirectional embedding, override or isolate characters (U+202E found)");
        assertThat(escape.status()).isEqualTo(400);
        assertThat(escape.body().path("errors").get(0).path("field").asText()).isEqualTo("specificEndUse");
        assertThat(escape.body().path("errors").get(0).path("reason").asText())
                .isEqualTo("must not contain control characters (U+001B found)");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body().path("errors").get(0).path("field").asText()).isEqualTo("additionalInformation");

        Map<String, Object> lines = ApplicationForms.valid();
        lines.put("additionalInformation", "Replacement units.\r\n\tTwo lines, indented.");
        assertThat(steps.send(ALICE.username(), "POST", "/api/applicant/applications", lines).status())
                .as("tabs and line breaks are text").isEqualTo(201);
    }
}
