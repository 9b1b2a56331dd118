package gov.clearance.referral;

import java.util.List;

/**
 * The agencies that must review the case, each with every rule that put it there. BIS's referral defaults to
 * this set; the analyst may add or remove an agency, with a reason.
 *
 * @param facts the facts the rules were applied to: reasons for control, Country Groups and party lists
 */
public record ReferralSuggestion(List<SuggestedAgency> agencies, List<String> facts) {

    /** One agency suggested, and why. */
    public record SuggestedAgency(String agency, List<String> rules) {
    }

    public List<String> agencyCodes() {
        return agencies.stream().map(SuggestedAgency::agency).toList();
    }
}
