package gov.clearance.workflow;

/** Names shared between the BPMN model {@code bpmn/license-application.bpmn} and the code that drives it. */
final class LicenseApplicationProcess {

    static final String KEY = "licenseApplication";

    static final String TASK_BIS_REVIEW = "Task_BisReview";
    static final String TASK_AGENCY_REVIEW = "Task_AgencyReview";
    static final String TASK_COMPONENT_ASSESSMENT = "Task_ComponentAssessment";
    static final String TASK_DECIDE = "Task_Decide";
    /** BIS's decision while an agency's return without action stands: only returning the application is open. */
    static final String TASK_DECIDE_BLOCKED = "Task_DecideBlocked";
    static final String TASK_RECONCILE_POSITIONS = "Task_ReconcilePositions";
    static final String TASK_OPERATING_COMMITTEE_DECISION = "Task_OperatingCommitteeDecision";
    static final String TIMER_AGENCY_DEADLINE = "Timer_AgencyDeadline";
    static final String TIMER_APPEAL_WINDOW = "Timer_AppealWindowClosed";
    static final String TIMER_BOARD_DEADLINE = "Timer_BoardDeadline";
    static final String TASK_BOARD_VOTE = "Task_BoardVote";
    static final String TASK_PRESIDENTIAL_DECISION = "Task_PresidentialDecision";
    static final String MESSAGE_APPEAL_FILED = "AppealFiled";
    static final String VAR_APPEALED_TO = "appealedTo";
    static final String VAR_BOARD_MEMBERS = "boardMembers";
    static final String VAR_MEMBER_AGENCY = "memberAgency";
    static final String DECISION_BOARD_VOTE = "boardVote";
    static final String TASK_DECIDE_DENIAL_APPEAL = "Task_DecideDenialAppeal";
    static final String TASK_RETURN_FOR_NO_ANSWER = "Task_ReturnForNoAnswer";
    static final String TASK_NOTICE_LADDER_DENIAL = "Task_NoticeLadderDenial";
    static final String VAR_LADDER_DENIED = "ladderDenied";
    static final String MESSAGE_RETURNED_WHILE_AWAITING_APPLICANT = "ReturnedWhileAwaitingApplicant";
    static final String VAR_APPLICANT_ANSWER_DUE_ON = "applicantAnswerDueOn";
    static final String TIMER_DENIAL_FINAL = "Timer_DenialFinal";
    static final String MESSAGE_DENIAL_WITHDRAWN = "DenialWithdrawn";
    /** An agency replaced its return without action with a new position: the case is reconciled again. */
    static final String MESSAGE_POSITION_SUPERSEDED = "PositionSuperseded";
    static final String MESSAGE_DENIAL_APPEALED = "DenialAppealed";
    static final String VAR_INTENT_TO_DENY = "intentToDeny";
    static final String VAR_DENIAL_APPEAL_GRANTED = "denialAppealGranted";

    static final String MESSAGE_APPLICANT_RESPONDED = "ApplicantResponded";
    static final String MESSAGE_ASSESSMENTS_REQUESTED = "AssessmentsRequested";

    static final String VAR_APPLICATION_ID = "applicationId";
    static final String VAR_CONTROL_NUMBER = "controlNumber";
    static final String VAR_REVIEW_ACTION = "reviewAction";
    static final String VAR_REFERRAL_AGENCIES = "referralAgencies";
    static final String VAR_AGENCY = "agency";
    static final String VAR_ASSESSMENT_COMPONENTS = "assessmentComponents";
    static final String VAR_RECONCILIATION_VERDICT = "reconciliationVerdict";
    static final String VAR_DECISION_OUTCOME = "decisionOutcome";
    static final String VAR_LICENSE_GRANTED = "licenseGranted";

    static final String DECISION_POSITION_RECONCILIATION = "positionReconciliation";

    private LicenseApplicationProcess() {
    }
}
