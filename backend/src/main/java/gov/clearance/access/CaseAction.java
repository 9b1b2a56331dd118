package gov.clearance.access;

/**
 * What a person may do to a case, each with who may ever do it (given that they see the case). Whether the
 * case is in a state that allows it now is the case's own rule, answered with 409 by the module that owns it.
 */
public enum CaseAction {
    READ(Who.WHOEVER_SEES_THE_CASE, "read the case: its view, timeline, classification, screening, process, "
            + "support documents, license and their agency's notes"),
    WRITE_NOTE(Who.STAFF_OF_AN_AGENCY, "keep an internal note, read only within their agency"),
    REVIEW(Who.BIS_ANALYST, "review: refer, ask the applicant, return, decide without referral"),
    RECLASSIFY(Who.BIS_ANALYST, "reclassify items"),
    ADJUDICATE_SCREENING(Who.BIS_ANALYST, "adjudicate a screening hit"),
    UPLOAD_DOCUMENT(Who.BIS_ANALYST, "add a support document"),
    HOLD(Who.BIS_ANALYST, "hold the case without action"),
    RELEASE_HOLD(Who.BIS_ANALYST, "end a hold"),
    SUPPLY_INFORMATION(Who.BIS_ANALYST, "supply the information an agency's return without action asked for"),
    DECIDE(Who.BIS_ANALYST, "decide an agreed case"),
    ISSUE_INTENT_TO_DENY(Who.BIS_ANALYST, "issue an intent to deny"),
    WITHDRAW_INTENT_TO_DENY(Who.BIS_ANALYST, "withdraw an intent to deny"),
    REQUEST_ASSESSMENTS(Who.ARBITER_OF_THE_REFERRED_AGENCY, "ask the agency's components for assessments"),
    RECORD_POSITION(Who.REVIEWER_OF_THE_REFERRED_AGENCY, "record the agency's position"),
    REPORT_MISSING_INFORMATION(Who.REVIEWER_OF_THE_REFERRED_AGENCY, "ask BIS for missing information"),
    CONSENT_TO_CONDITION_CHANGE(Who.REVIEWER_OF_THE_REFERRED_AGENCY,
            "consent to BIS dropping or rewording one of the agency's conditions"),
    RECORD_ASSESSMENT(Who.ASSESSOR_OF_THE_COMPONENT, "record the component's assessment"),
    RULE(Who.OC_CHAIR_OR_ADMINISTRATOR, "rule on a dispute (the OC chair) or record the President's decision "
            + "(an administrator)"),
    APPEAL(Who.REVIEWER_OF_AN_AGENCY, "appeal a ruling for their agency (where it is seated and dissents)"),
    VOTE(Who.BOARD_MEMBER_OF_AN_AGENCY, "cast their agency's vote on an appeal (where it is seated)"),
    DECIDE_DENIAL_APPEAL(Who.ADMINISTRATOR, "record the Under Secretary's decision on an appeal of a denial"),
    CLAIM_TASK(Who.TASK_CANDIDATE, "claim a task"),
    RELEASE_TASK(Who.TASK_CANDIDATE_OR_ADMINISTRATOR, "release a claimed task (their own; an administrator "
            + "anyone's)"),
    ASSIGN_TASK(Who.TASK_SUPERVISOR, "give a task to a person of the agency (or component) it is offered to"),
    ACT_AS_APPLICANT(Who.APPLICANT_OF_THE_ORGANIZATION, "edit and submit a draft, answer BIS's questions and "
            + "proposed conditions, answer or appeal an intent to deny, upload support documents");

    private final Who who;
    private final String what;

    CaseAction(Who who, String what) {
        this.who = who;
        this.what = what;
    }

    /** Who may ever take the action on a case they see. */
    public Who who() {
        return who;
    }

    /** The action in plain words. */
    public String what() {
        return what;
    }
}
