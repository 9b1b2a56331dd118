package gov.clearance.intake;

import gov.clearance.identity.CurrentUser;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What another module records that moves a case along its lifecycle. The module that records the fact (a
 * referral, a reconciliation, an intent to deny, a decision) publishes it; intake alone turns it into the case's
 * status ({@link CaseStatus}), refusing any move the status does not allow. Nothing outside intake writes a status.
 */
public sealed interface CaseProgress {

    UUID applicationId();

    /** Who brought the fact about, as the status change is audited. */
    CurrentUser actor();

    /** BIS referred the case to the agencies. */
    record Referred(UUID applicationId, CurrentUser actor) implements CaseProgress {
    }

    /** BIS asked the applicant a question, to be answered by {@code respondBy}. */
    record InformationRequested(UUID applicationId, String question, LocalDate respondBy, CurrentUser actor)
            implements CaseProgress {
    }

    /** The agencies' positions were reconciled with BIS's proposed outcome; a dispute goes up the ladder. */
    record Reconciled(UUID applicationId, boolean disputed, CurrentUser actor) implements CaseProgress {
    }

    /** BIS sent the applicant its intent to deny (15 CFR 750.6). */
    record IntentToDenyIssued(UUID applicationId, CurrentUser actor) implements CaseProgress {
    }

    /**
     * The case is back with BIS to decide: an intent to deny withdrawn, a denial appeal granted, or a denial the
     * escalation ladder reached awaiting BIS's notice.
     */
    record ReturnedToBis(UUID applicationId, String why, CurrentUser actor) implements CaseProgress {
    }

    /** A decision closed the case with its outcome. */
    record Closed(UUID applicationId, Outcome outcome, CurrentUser actor) implements CaseProgress {
    }
}
