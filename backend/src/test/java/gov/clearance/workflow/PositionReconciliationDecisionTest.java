package gov.clearance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table {@code bpmn/position-reconciliation.dmn} for every pair of BIS proposed
 * outcome and agency position, on the standalone DMN engine (no database).
 */
class PositionReconciliationDecisionTest {

    private static final String RESOURCE = "bpmn/position-reconciliation.dmn";
    private static final String DECISION = "positionReconciliation";

    private static final List<String> PROPOSED_OUTCOMES = List.of("APPROVE", "APPROVE_WITH_CONDITIONS", "DENY");
    private static final List<String> POSITION_TYPES = List.of(
            "APPROVE", "APPROVE_WITH_CONDITIONS", "RETURN_WITHOUT_ACTION", "DENY", "DEEMED_NO_OBJECTION");

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = PositionReconciliationDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(model).as(RESOURCE + " on the classpath").isNotNull();
            decision = dmnEngine.parseDecision(DECISION, model);
        }
    }

    @ParameterizedTest(name = "BIS proposes {0}, agency position {1} -> {2}")
    @CsvSource(textBlock = """
            # proposed outcome,        agency position,          verdict
            APPROVE,                   APPROVE,                  AGREE
            APPROVE,                   APPROVE_WITH_CONDITIONS,  AGREE
            APPROVE,                   RETURN_WITHOUT_ACTION,    BLOCKED
            APPROVE,                   DENY,                     DISPUTE
            APPROVE,                   DEEMED_NO_OBJECTION,      AGREE
            APPROVE_WITH_CONDITIONS,   APPROVE,                  AGREE
            APPROVE_WITH_CONDITIONS,   APPROVE_WITH_CONDITIONS,  AGREE
            APPROVE_WITH_CONDITIONS,   RETURN_WITHOUT_ACTION,    BLOCKED
            APPROVE_WITH_CONDITIONS,   DENY,                     DISPUTE
            APPROVE_WITH_CONDITIONS,   DEEMED_NO_OBJECTION,      AGREE
            DENY,                      APPROVE,                  DISPUTE
            DENY,                      APPROVE_WITH_CONDITIONS,  DISPUTE
            DENY,                      RETURN_WITHOUT_ACTION,    BLOCKED
            DENY,                      DENY,                     AGREE
            DENY,                      DEEMED_NO_OBJECTION,      AGREE
            """)
    void reconcilesTheAgencyPositionWithTheProposedOutcome(String proposedOutcome, String positionType,
            String expectedVerdict) {
        DmnDecisionTableResult result = evaluate(proposedOutcome, positionType);

        assertThat(result).as("exactly one rule matches").hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("verdict");
        assertThat((String) result.getSingleResult().getEntry("verdict")).isEqualTo(expectedVerdict);
    }

    @Test
    void disputesOnlyWhenAnApprovalMeetsADenial() {
        for (String proposed : PROPOSED_OUTCOMES) {
            for (String position : POSITION_TYPES) {
                if (position.equals("RETURN_WITHOUT_ACTION")) {
                    continue; // neither agreement nor dispute: see the next test
                }
                boolean approvalMeetsDenial = isApproval(proposed) && position.equals("DENY")
                        || proposed.equals("DENY") && isApproval(position);
                assertThat((String) evaluate(proposed, position).getSingleEntry())
                        .as("%s against %s", position, proposed)
                        .isEqualTo(approvalMeetsDenial ? "DISPUTE" : "AGREE");
            }
        }
    }

    /** DOMAIN.md, Reconciliation; seed 003 (DoD's "return for more information"). */
    @Test
    void aReturnWithoutActionNeitherAgreesWithAnApprovalNorSupportsADenialItBlocks() {
        for (String proposed : PROPOSED_OUTCOMES) {
            assertThat((String) evaluate(proposed, "RETURN_WITHOUT_ACTION").getSingleEntry())
                    .as("a return without action against a proposed %s", proposed)
                    .isEqualTo("BLOCKED");
        }
    }

    private static boolean isApproval(String outcome) {
        return outcome.equals("APPROVE") || outcome.equals("APPROVE_WITH_CONDITIONS");
    }

    private static DmnDecisionTableResult evaluate(String proposedOutcome, String positionType) {
        return dmnEngine.evaluateDecisionTable(decision,
                Map.of("proposedOutcome", proposedOutcome, "positionType", positionType));
    }
}
