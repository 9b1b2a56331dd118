package gov.clearance.position;

/** The position an agency takes on a referred case. */
public enum PositionType {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    /** The agency cannot assess the case and says what is missing. */
    RETURN_WITHOUT_ACTION,
    /** Valid only with both a statutory and a regulatory basis. */
    DENY,
    /** Recorded by the system for an agency that said nothing by its deadline. */
    DEEMED_NO_OBJECTION
}
