package gov.clearance.intake;

/** Where a case stands in its lifecycle. */
public enum ApplicationStatus {
    DRAFT,
    UNDER_REVIEW,
    AWAITING_APPLICANT,
    IN_REFERRAL,
    IN_RECONCILIATION,
    ESCALATED,
    /** BIS notified the applicant that it intends to deny (15 CFR 750.6); not final yet. */
    INTENT_TO_DENY,
    CLOSED
}
