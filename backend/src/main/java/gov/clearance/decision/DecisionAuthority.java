package gov.clearance.decision;

/**
 * Who decided a case: BIS's licensing analyst, or for a dispute the last rung of the escalation ladder
 * that ruled (the Operating Committee chair, ACEP, EARB or the President).
 */
public enum DecisionAuthority {
    LICENSING_ANALYST,
    OPERATING_COMMITTEE,
    ACEP,
    EARB,
    PRESIDENT
}
