package gov.clearance.referral;

import java.util.List;

/**
 * The rules that say which agencies one fact of a case calls for: a reason for control, a Country Group of
 * the destination, an end use the applicant declares, or a list a party is on. Kept as a decision table beside the process.
 */
public interface ReferralRules {

    /** The kinds of fact the rules know. */
    enum FactKind { REASON, COUNTRY_GROUP, PARTY_FLAG, END_USE }

    /** An agency one fact calls for, and the rule that says so. */
    record ReferralRule(String agency, String rule) {
    }

    List<ReferralRule> agenciesFor(FactKind kind, String fact);
}
