package gov.clearance.screening;

/** The analyst's finding on a screening hit. */
public enum HitOutcome {
    /** The party is the listed one. */
    TRUE_MATCH,
    /** The party only resembles the listed one. */
    FALSE_POSITIVE
}
