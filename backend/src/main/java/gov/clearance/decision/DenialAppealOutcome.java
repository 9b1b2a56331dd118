package gov.clearance.decision;

/** The Under Secretary's decision on an appeal of a denial: it stands, or BIS decides the case again. */
public enum DenialAppealOutcome {
    UPHELD,
    GRANTED
}
