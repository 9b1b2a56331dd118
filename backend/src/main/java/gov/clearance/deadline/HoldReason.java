package gov.clearance.deadline;

/** Why a case is held without action (15 CFR 750.4(b)); while a hold runs, no deadline advances. */
public enum HoldReason {
    /** BIS awaits the applicant's answer to a question (started and ended by the workflow). */
    APPLICANT_INFORMATION(false),
    /** BIS awaits the applicant's acceptance of proposed conditions. */
    CONDITIONS_ACCEPTANCE(true),
    /** A referred agency told BIS, within 10 days of referral, what information is missing. */
    AGENCY_INFORMATION(false),
    /** A pre-license check runs (requested within 5 days of the need arising). */
    PRE_LICENSE_CHECK(true),
    /** A government-to-government assurance is sought. */
    GOVERNMENT_ASSURANCE(true),
    /** Another government or a multilateral regime is consulted. */
    FOREIGN_CONSULTATION(true),
    /** A 30-day notice to Congress runs (sensitive end users in Iran, North Korea or Syria). */
    CONGRESSIONAL_NOTIFICATION(true),
    /** A technology control plan awaits approval. */
    TECHNOLOGY_CONTROL_PLAN(true);

    private final boolean placedByAnalyst;

    HoldReason(boolean placedByAnalyst) {
        this.placedByAnalyst = placedByAnalyst;
    }

    /** Whether a licensing analyst places this hold directly (the others arise from other steps). */
    public boolean placedByAnalyst() {
        return placedByAnalyst;
    }
}
