package gov.clearance.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A BIS review of a case.
 *
 * @param action what BIS does with the case
 * @param agencies the agencies to refer it to (for {@link ReviewAction#REFER}); empty for the suggested ones
 * @param referralReasons for each agency added to or removed from the suggested ones, why
 * @param proposedOutcome BIS's proposed outcome (for REFER and DECIDE)
 * @param analysis BIS's analysis (for REFER, DECIDE and LICENSE_NOT_REQUIRED)
 * @param question the question to the applicant (for REQUEST_INFORMATION)
 * @param deficiencies what is wrong with the application (for RETURN_WITHOUT_ACTION)
 * @param respondBy the last day (US Eastern) for the applicant's answer (for REQUEST_INFORMATION); when
 *     absent, {@link Referrals#DEFAULT_ANSWER_DAYS} calendar days from today
 */
public record ReviewRequest(ReviewAction action, List<String> agencies, ProposedOutcome proposedOutcome,
        String analysis, String question, List<String> deficiencies, Map<String, String> referralReasons,
        LocalDate respondBy) {

    public ReviewRequest {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        deficiencies = deficiencies == null ? List.of() : List.copyOf(deficiencies);
        referralReasons = referralReasons == null ? Map.of() : Map.copyOf(referralReasons);
    }

    public ReviewRequest(ReviewAction action, List<String> agencies, ProposedOutcome proposedOutcome,
            String analysis, String question, List<String> deficiencies) {
        this(action, agencies, proposedOutcome, analysis, question, deficiencies, Map.of(), null);
    }

    public ReviewRequest(ReviewAction action, List<String> agencies, ProposedOutcome proposedOutcome,
            String analysis, String question, List<String> deficiencies, Map<String, String> referralReasons) {
        this(action, agencies, proposedOutcome, analysis, question, deficiencies, referralReasons, null);
    }

    /** The same request with the answer date settled. */
    ReviewRequest respondingBy(LocalDate date) {
        return new ReviewRequest(action, agencies, proposedOutcome, analysis, question, deficiencies, referralReasons,
                date);
    }
}
