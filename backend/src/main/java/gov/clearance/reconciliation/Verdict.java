package gov.clearance.reconciliation;

/** Whether the agencies' positions agree with BIS's proposed outcome. */
public enum Verdict {
    AGREE,
    DISPUTE
}
