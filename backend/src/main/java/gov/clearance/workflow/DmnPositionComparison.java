package gov.clearance.workflow;

import gov.clearance.position.PositionType;
import gov.clearance.reconciliation.PositionComparison;
import gov.clearance.reconciliation.Verdict;
import gov.clearance.referral.ProposedOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision table {@code bpmn/position-reconciliation.dmn} for one position, on a standalone DMN
 * engine reading the copy on the classpath (the one the engine deploys beside the process), as
 * {@link DmnReferralRules} does. A verdict depends on nothing but the proposed outcome and the position, so each
 * pair's verdict is kept once the table gave it: evaluating the table through the engine (FEEL, and a decision
 * instance in the engine's history for every position) was most of the CPU time of the position that completes
 * a case's referrals (see docs/performance.md). What the reconciliation found is stored with the case and in
 * its audit trail, not in the engine's decision history.
 */
@Component
class DmnPositionComparison implements PositionComparison {

    static final String MODEL = "bpmn/position-reconciliation.dmn";

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;
    private final Map<ProposedOutcome, Map<PositionType, Verdict>> verdicts = new ConcurrentHashMap<>();

    DmnPositionComparison() {
        try (InputStream model = DmnPositionComparison.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException("The decision table " + MODEL + " is not on the classpath");
            }
            decision = engine.parseDecision(LicenseApplicationProcess.DECISION_POSITION_RECONCILIATION, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Verdict compare(ProposedOutcome proposed, PositionType position) {
        return verdicts.computeIfAbsent(proposed, outcome -> new ConcurrentHashMap<>())
                .computeIfAbsent(position, type -> evaluate(proposed, type));
    }

    private Verdict evaluate(ProposedOutcome proposed, PositionType position) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision,
                Map.of("proposedOutcome", proposed.name(), "positionType", position.name())).getSingleResult();
        if (result == null) {
            throw new IllegalStateException("The reconciliation table has no rule for " + proposed + " / " + position);
        }
        return Verdict.valueOf(result.getEntry("verdict"));
    }
}
