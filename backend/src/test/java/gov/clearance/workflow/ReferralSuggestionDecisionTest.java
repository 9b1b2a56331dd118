package gov.clearance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.clearance.referral.ReferralRules.FactKind;
import gov.clearance.referral.ReferralRules.ReferralRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table {@code bpmn/referral-suggestion.dmn}: who reviews what (15 CFR 750.3(b)(2)), by reason for
 * control, by the destination's Country Group, by the end use the applicant declares and by the list a party is on.
 * Energy comes in for nuclear reasons and end uses, not for a D:2 destination alone; missile items bring Defense as
 * well as State.
 */
class ReferralSuggestionDecisionTest {

    private static final DmnReferralRules RULES = new DmnReferralRules();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            # kind,        fact, agencies
            REASON,        NS,   DOD STATE
            REASON,        RS,   DOD STATE
            REASON,        EI,   DOD JUSTICE
            REASON,        SL,   JUSTICE
            REASON,        NP,   ENERGY STATE
            REASON,        MT,   DOD STATE
            REASON,        CB,   STATE
            REASON,        AT,   STATE
            REASON,        CC,   STATE
            REASON,        FC,   STATE
            REASON,        CW,   STATE
            REASON,        SI,   DOD STATE
            COUNTRY_GROUP, D:1,  DOD
            COUNTRY_GROUP, D:2,  ''
            COUNTRY_GROUP, D:3,  STATE
            COUNTRY_GROUP, D:4,  STATE
            COUNTRY_GROUP, D:5,  STATE
            COUNTRY_GROUP, E:1,  STATE
            COUNTRY_GROUP, A:1,  ''
            PARTY_FLAG,    EL,   DOD STATE
            PARTY_FLAG,    MEU,  DOD
            PARTY_FLAG,    SDN,  STATE
            PARTY_FLAG,    DPL,  ''
            """)
    void eachFactCallsForTheAgenciesConcernedWithIt(FactKind kind, String fact, String agencies) {
        List<ReferralRule> rules = RULES.agenciesFor(kind, fact);

        assertThat(rules).extracting(ReferralRule::agency)
                .containsExactlyInAnyOrder(agencies.isBlank() ? new String[0] : agencies.split(" "));
        assertThat(rules).allSatisfy(rule -> assertThat(rule.rule()).containsPattern("15 CFR 750\\.(3\\(b\\)\\(2\\)|4\\(d\\)\\(2\\))"));
    }

    @Test
    void aFactIsAnsweredByItsKindWhateverWasAskedBeforeAndTheSameWayEachTime() {
        DmnReferralRules rules = new DmnReferralRules();

        assertThat(rules.agenciesFor(FactKind.PARTY_FLAG, "EL")).extracting(ReferralRule::agency)
                .containsExactlyInAnyOrder("DOD", "STATE");
        assertThat(rules.agenciesFor(FactKind.REASON, "EL")).isEmpty();
        assertThat(rules.agenciesFor(FactKind.REASON, "NS")).extracting(ReferralRule::agency)
                .containsExactlyInAnyOrder("DOD", "STATE");
        assertThat(rules.agenciesFor(FactKind.PARTY_FLAG, "NS")).isEmpty();

        assertThat(rules.agenciesFor(FactKind.PARTY_FLAG, "EL")).isEqualTo(RULES.agenciesFor(FactKind.PARTY_FLAG, "EL"));
        assertThat(rules.agenciesFor(FactKind.REASON, "EL")).isEmpty();
        assertThat(rules.agenciesFor(FactKind.REASON, "NS")).isEqualTo(RULES.agenciesFor(FactKind.REASON, "NS"));
    }

    @Test
    void anAnswerCannotBeChangedByWhoeverReadsIt() {
        DmnReferralRules rules = new DmnReferralRules();
        List<ReferralRule> first = rules.agenciesFor(FactKind.REASON, "NS");

        assertThatThrownBy(() -> first.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(rules.agenciesFor(FactKind.REASON, "NS")).hasSize(2);
    }
}
