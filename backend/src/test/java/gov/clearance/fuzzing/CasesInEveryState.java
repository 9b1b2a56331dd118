package gov.clearance.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.ApplicationForms;
import gov.clearance.lifecycle.CaseSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Alice's cases in the states the request bodies apply to, made through the API as people make them, each
 * on first use. A request that succeeds may move its case on; {@link #used} forgets it, and the next request
 * gets a new one.
 */
final class CasesInEveryState {

    /** A case referred to DOD and STATE, with an Army assessment DoD's arbiter requested. */
    record Referred(String id, String defenseReferral, String stateReferral, String armyAssessment) {
    }

    private final CaseSteps steps;
    private final Map<String, Object> prepared = new HashMap<>();

    CasesInEveryState(CaseSteps steps) {
        this.steps = steps;
    }

    /** Forgets the named case (a request moved it on). */
    void used(String name) {
        prepared.remove(name);
    }

    String draft() {
        return prepared("draft", () -> CaseSteps.expect(steps.send("alice", "POST", "/api/applicant/applications",
                ApplicationForms.valid()), 201).text("id"));
    }

    String underReview() {
        return prepared("underReview", this::submitted);
    }

    /** The BIS review task of a case of its own, for the queue's assignment requests. */
    String queuedTask() {
        return prepared("queuedTask", () -> steps.task("bianca", submitted(), "BIS_REVIEW").path("id").asText());
    }

    Referred referred() {
        return prepared("referred", () -> {
            String id = submitted();
            refer(id, "DOD", "STATE");
            String defense = steps.referralOf("dan", id);
            String state = steps.referralOf("sam", id);
            CaseSteps.expect(steps.send("dan", "POST", "/api/staff/referrals/" + defense + "/assessments",
                    Map.of("components", List.of("ARMY"))), 201);
            String army = steps.task("ari", id, "COMPONENT_ASSESSMENT").path("assessmentId").asText();
            return new Referred(id, defense, state, army);
        });
    }

    String governmentAssuranceHold() {
        return prepared("governmentAssuranceHold", () -> hold(submitted(), "GOVERNMENT_ASSURANCE"));
    }

    String conditionsProposed() {
        return prepared("conditionsProposed", () -> {
            String id = submitted();
            hold(id, "CONDITIONS_ACCEPTANCE");
            return id;
        });
    }

    String askedForInformation() {
        return prepared("askedForInformation", () -> {
            String id = submitted();
            steps.review("bianca", id, Map.of("action", "REQUEST_INFORMATION",
                    "question", "Who operates the laboratory?"));
            return id;
        });
    }

    /** STATE agreed with BIS's proposed approval: the case waits for BIS's decision. */
    String agreed() {
        return prepared("agreed", () -> {
            String id = submitted();
            refer(id, "STATE");
            steps.recordPosition("sam", id, Map.of("type", "APPROVE", "rationale", "No foreign policy concern."));
            steps.awaitStatus("bianca", id, "IN_RECONCILIATION");
            return id;
        });
    }

    /** STATE denied against BIS's proposed approval: the Operating Committee's to rule on. */
    String disputed() {
        return prepared("disputed", this::escalated);
    }

    /** The Operating Committee approved against STATE's denial: STATE may appeal. */
    String ruled() {
        return prepared("ruled", () -> {
            String id = escalated();
            CaseSteps.expect(steps.send("oscar", "POST", "/api/staff/applications/" + id + "/rulings",
                    Map.of("outcome", "APPROVED", "rationale", "The committee approves.")), 201);
            return id;
        });
    }

    String acepAppeal() {
        return prepared("acepAppeal", () -> {
            String id = escalated();
            CaseSteps.expect(steps.send("oscar", "POST", "/api/staff/applications/" + id + "/rulings",
                    Map.of("outcome", "APPROVED", "rationale", "The committee approves.")), 201);
            return CaseSteps.expect(steps.send("sam", "POST", "/api/staff/applications/" + id + "/appeals",
                    appeal()), 201).text("id");
        });
    }

    /** BIS intends to deny the case STATE agreed to. */
    String intended() {
        return prepared("intended", this::intentToDeny);
    }

    String denialAppeal() {
        return prepared("denialAppeal", () -> {
            String id = intentToDeny();
            return CaseSteps.expect(steps.send("alice", "POST", "/api/applicant/applications/" + id
                    + "/intent-to-deny/appeal", Map.of("statement", "BIS misread the end use.")), 201)
                    .body().path("appeal").path("id").asText();
        });
    }

    /** A case whose consignee is on the screening list in force, and its open hit (none if the list changed). */
    String[] screeningHit() {
        return prepared("screeningHit", () -> {
            Map<String, Object> form = ApplicationForms.valid("Atlas Sanatgaran");
            // a forwarder of its own, so that the case is not taken for an earlier one's transaction
            form.put("intermediateConsignees", List.of(Map.of("name", "Forwarder " + UUID.randomUUID(),
                    "address", "Keizersgracht 1, Amsterdam", "country", "NL")));
            String id = steps.submitted("alice", form);
            JsonNode hits = steps.send("bianca", "GET", "/api/staff/applications/" + id + "/screening", null).body()
                    .path("hits");
            String hit = hits.isEmpty() ? UUID.randomUUID().toString() : hits.get(0).path("id").asText();
            return new String[] {id, hit};
        });
    }

    static Map<String, Object> appeal() {
        return Map.of("signatoryName", "Jane Official", "signatoryTitle", "Assistant Secretary",
                "senateConfirmed", true, "statutoryBasis", "50 U.S.C. 4813", "regulatoryBasis", "15 CFR 742.4",
                "statement", "Contrary to foreign policy.");
    }

    private String submitted() {
        return steps.submitted("alice", ApplicationForms.valid());
    }

    private void refer(String id, String... agencies) {
        steps.review("bianca", id, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL,
                "agencies", List.of(agencies), "proposedOutcome", "APPROVE", "analysis", "Refer."));
    }

    private String hold(String id, String reason) {
        return CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/applications/" + id + "/holds",
                Map.of("reason", reason, "why", "Awaiting what the hold names.")), 201).text("id");
    }

    private String escalated() {
        String id = submitted();
        refer(id, "STATE");
        steps.recordPosition("sam", id, Map.of("type", "DENY", "rationale", "Contrary to foreign policy.",
                "statutoryBasis", "50 U.S.C. 4813", "regulatoryBasis", "15 CFR 742.4"));
        steps.awaitStatus("bianca", id, "ESCALATED");
        return id;
    }

    private String intentToDeny() {
        String id = submitted();
        refer(id, "STATE");
        steps.recordPosition("sam", id, Map.of("type", "APPROVE", "rationale", "No objection."));
        steps.awaitStatus("bianca", id, "IN_RECONCILIATION");
        CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/applications/" + id + "/intent-to-deny",
                Map.of("statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4", "reasons", "Military end user.", "reconsideration",
                        "A civil end user.", "contact", "Licensing officer")), 201);
        return id;
    }

    @SuppressWarnings("unchecked")
    private <T> T prepared(String name, Supplier<T> preparation) {
        return (T) prepared.computeIfAbsent(name, ignored -> preparation.get());
    }
}
