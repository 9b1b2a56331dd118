package gov.clearance.reconciliation;

/** Whether the agencies' positions agree with BIS's proposed outcome. */
public enum Verdict {
    AGREE,
    DISPUTE,
    /**
     * An agency returned the case without action: that is not agreement, and BIS cannot decide for or
     * against until it supplies what is missing and the agency records a new position (DOMAIN.md,
     * Reconciliation; seed 003, DoD's "return for more information").
     */
    BLOCKED
}
