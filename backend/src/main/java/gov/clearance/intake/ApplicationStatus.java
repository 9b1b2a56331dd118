package gov.clearance.intake;

/** Where a case stands in its lifecycle. */
public enum ApplicationStatus {
    DRAFT,
    UNDER_REVIEW,
    AWAITING_APPLICANT,
    IN_REFERRAL,
    IN_RECONCILIATION,
    ESCALATED,
    CLOSED
}
