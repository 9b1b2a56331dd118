package gov.clearance.workflow;

import gov.clearance.referral.ReferralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision table {@code bpmn/referral-suggestion.dmn} for one fact of a case. The table is
 * read, not acted on: it is evaluated by a standalone DMN engine, so reading a case file writes no decision
 * history (the deployed copy is still shown in Cockpit beside the process).
 *
 * <p>The table is read once, from the classpath, and a fact's answer depends on nothing but the fact, so each
 * answer is kept once found: evaluating the table (its FEEL expressions) was the larger part of the CPU time of
 * a BIS review (see docs/performance.md). The facts come from closed vocabularies (reasons for control,
 * Country Groups, list codes, end uses); the cap only guards against a vocabulary that is not.
 */
@Component
class DmnReferralRules implements ReferralRules {

    static final String DECISION_REFERRAL_SUGGESTION = "referralSuggestion";
    static final String MODEL = "bpmn/referral-suggestion.dmn";

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;
    private final Map<Fact, List<ReferralRule>> answers = new ConcurrentHashMap<>();

    private record Fact(FactKind kind, String value) {
    }

    static final int MOST_KEPT_ANSWERS = 10_000;

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
        Fact key = new Fact(kind, fact);
        List<ReferralRule> known = answers.get(key);
        if (known != null) {
            return known;
        }
        List<ReferralRule> answer = evaluate(kind, fact);
        if (answers.size() < MOST_KEPT_ANSWERS) {
            answers.putIfAbsent(key, answer);
        }
        return answer;
    }

    private List<ReferralRule> evaluate(FactKind kind, String fact) {
        return engine.evaluateDecisionTable(decision, Map.of("factKind", kind.name(), "fact", fact)).getResultList()
                .stream()
                .map(result -> new ReferralRule((String) result.get("agency"), (String) result.get("rule")))
                .toList();
    }
}
