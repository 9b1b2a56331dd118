package gov.clearance.lifecycle;

import java.util.Map;

/** A complete notice of intent to deny, as BIS's analyst writes one, for tests that need a case noticed. */
public final class IntentToDenyNotices {

    /** Every part of the notice: both bases, the reasons, what might change the outcome, and whom to contact. */
    public static final Map<String, Object> NOTICE = Map.of(
            "statutoryBasis", "50 U.S.C. 4813(a)",
            "regulatoryBasis", "15 CFR 742.4(b)(1): national security controls",
            "reasons", "The end user supplies a military program in a country of concern.",
            "reconsideration", "A different, civil end user with a verifiable end-use statement.",
            "contact", "Licensing officer, Office of Exporter Services, +1 202 482 4811");

    private IntentToDenyNotices() {
    }
}
