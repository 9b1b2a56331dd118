package gov.clearance.classification;

import gov.clearance.classification.EarRules.ReviewPolicy;
import java.util.Map;

/** The license review policy of each reason for control, as part 742 states it. */
final class ReviewPolicies {

    private ReviewPolicies() {
    }

    static final Map<String, ReviewPolicy> BY_REASON = Map.of();
}
