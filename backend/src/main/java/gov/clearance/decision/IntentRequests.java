package gov.clearance.decision;

import java.time.LocalDate;

/** What the applicant, BIS and the Under Secretary say after a notice of intent to deny. */
public final class IntentRequests {

    private IntentRequests() {
    }

    /** The applicant's response to the notice, within 20 days. */
    public record Response(String response) {
    }

    /** BIS withdraws its intent to deny and decides the case again. */
    public record Withdrawal(String rationale) {
    }

    /** The applicant's appeal to the Under Secretary (15 CFR part 756), within 45 days of the notice. */
    public record Appeal(String statement, Boolean hearingRequested) {
    }

    /** The Under Secretary's decision on the appeal, recorded by an administrator. */
    public record AppealDecision(DenialAppealOutcome outcome, String rationale, LocalDate hearingHeldOn) {
    }
}
