package gov.clearance.classification;

import gov.clearance.classification.EarRules.EndUseRule;
import gov.clearance.classification.EarRules.ListRule;
import gov.clearance.classification.LicenseRequirement.NotApplied;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The end-use and end-user rules of part 744, from the applicant's answers and the parties' listings. */
final class EndUseRules {

    private EndUseRules() {
    }

    static final List<EndUseRule> RULES = List.of();

    static final Map<Function<EndUseFacts, Boolean>, NotApplied> NOT_APPLIED = notApplied();

    static final Map<String, ListRule> LISTS = Map.of();

    private static Map<Function<EndUseFacts, Boolean>, NotApplied> notApplied() {
        Map<Function<EndUseFacts, Boolean>, NotApplied> rules = new LinkedHashMap<>();
        rules.put(EndUseFacts::nuclear, missing("EAR_744_2", "15 CFR 744.2", "nuclear end uses"));
        rules.put(EndUseFacts::missile, missing("EAR_744_3", "15 CFR 744.3", "missile and UAV end uses"));
        rules.put(EndUseFacts::chemicalBiological, missing("EAR_744_4", "15 CFR 744.4",
                "chemical and biological weapons end uses"));
        rules.put(EndUseFacts::militaryEndUse, missing("EAR_744_21", "15 CFR 744.21",
                "military end uses and end users"));
        rules.put(EndUseFacts::militaryIntelligence, missing("EAR_744_22", "15 CFR 744.22",
                "military-intelligence end uses and end users"));
        return rules;
    }

    private static NotApplied missing(String rule, String citation, String what) {
        return new NotApplied(rule, citation, "The applicant's answer brings in the rule on " + what + ", whose "
                + "text is not held: decide by hand.");
    }
}
