package gov.clearance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table {@code bpmn/board-vote.dmn}: ACEP and EARB rule by the majority of the votes cast by
 * the member agencies seated for the case (four, or five with Justice for an encryption export); a tie, or
 * no vote at all, keeps the ruling appealed.
 */
class BoardVoteDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = BoardVoteDecisionTest.class.getClassLoader().getResourceAsStream("bpmn/board-vote.dmn")) {
            assertThat(model).isNotNull();
            decision = dmnEngine.parseDecision("boardVote", model);
        }
    }

    @ParameterizedTest(name = "{0} for approval, {1} for denial, standing {2} -> {3}")
    @CsvSource(textBlock = """
            # approvals, denials, ruling appealed,          board ruling
            4,           0,       DENIED,                    APPROVED
            3,           1,       DENIED,                    APPROVED
            1,           3,       APPROVED,                  DENIED
            0,           4,       APPROVED_WITH_CONDITIONS,  DENIED
            2,           1,       DENIED,                    APPROVED
            1,           2,       APPROVED,                  DENIED
            2,           2,       DENIED,                    DENIED
            2,           2,       APPROVED,                  APPROVED
            2,           2,       APPROVED_WITH_CONDITIONS,  APPROVED_WITH_CONDITIONS
            1,           1,       DENIED,                    DENIED
            0,           0,       APPROVED,                  APPROVED
            0,           0,       DENIED,                    DENIED
            # five seats, Justice's among them for an encryption export
            3,           2,       DENIED,                    APPROVED
            2,           3,       APPROVED,                  DENIED
            """)
    void aMajorityWinsAndATieKeepsTheRulingAppealed(int approvals, int denials, String standing, String ruling) {
        DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision,
                Map.of("approvals", approvals, "denials", denials, "standing", standing));
        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().<String>getEntry("outcome")).isEqualTo(ruling);
    }
}
