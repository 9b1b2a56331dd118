package gov.clearance.referral;

/** The outcome BIS proposes when it refers a case or decides it without referral. */
public enum ProposedOutcome {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    DENY
}
