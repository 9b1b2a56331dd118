package gov.clearance.position;

/** What BIS may do to an agency's condition, with that agency's consent. */
public enum ConditionChange {
    /** Leave the condition out of the decision. */
    DROP,
    /** Carry the condition in other words, still attributed to the agency. */
    REWORD
}
