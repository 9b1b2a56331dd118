package gov.clearance.casefile;

import gov.clearance.deadline.ProposedConditions;
import gov.clearance.decision.DecisionView;
import gov.clearance.decision.IntentToDenyView;
import gov.clearance.intake.ApplicationForm;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView.InformationRequestView;
import gov.clearance.intake.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as its applicant sees it: status, control number, questions, and once decided the
 * outcome, conditions and license, and any notice of intent to deny addressed to them. Never
 * positions, analysis or internal notes.
 */
public record ApplicantCaseView(UUID id, ApplicationStatus status, Outcome outcome, String controlNumber,
        Instant createdAt, Instant updatedAt, Instant registeredAt, ApplicationForm form,
        List<InformationRequestView> openQuestions, List<InformationRequestView> answeredQuestions,
        ApplicantDecision decision, IntentToDenyView intentToDeny, ProposedConditions proposedConditions) {

    /** The decision as the applicant is told it. */
    public record ApplicantDecision(Outcome outcome, Instant decidedAt, List<String> reasons,
            List<DecisionView.ConditionView> conditions, DecisionView.LicenseView license) {
    }
}
