package gov.clearance.decision;

/** Who decided a case: BIS's licensing analyst, or the Operating Committee chair for a dispute. */
public enum DecisionAuthority {
    LICENSING_ANALYST,
    OPERATING_COMMITTEE
}
