package gov.clearance.workflow;

import gov.clearance.referral.ReferralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision table {@code bpmn/referral-suggestion.dmn} for one fact of a case. The table is
 * read, not acted on: it is evaluated by a standalone DMN engine, so reading a case file writes no decision
 * history (the deployed copy is still shown in Cockpit beside the process).
 */
@Component
class DmnReferralRules implements ReferralRules {

    static final String DECISION_REFERRAL_SUGGESTION = "referralSuggestion";
    static final String MODEL = "bpmn/referral-suggestion.dmn";

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;

    DmnReferralRules() {
        try (InputStream model = DmnReferralRules.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException("The decision table " + MODEL + " is not on the classpath");
            }
            decision = engine.parseDecision(DECISION_REFERRAL_SUGGESTION, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ReferralRule> agenciesFor(FactKind kind, String fact) {
        return engine.evaluateDecisionTable(decision, Map.of("factKind", kind.name(), "fact", fact)).getResultList()
                .stream()
                .map(result -> new ReferralRule((String) result.get("agency"), (String) result.get("rule")))
                .toList();
    }
}
