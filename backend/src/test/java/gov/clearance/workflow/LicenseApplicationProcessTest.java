package gov.clearance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drives {@code bpmn/license-application.bpmn} through every path on a real (embedded PostgreSQL)
 * process engine. The service tasks' delegates are replaced by recording stand-ins, so each test
 * also proves which of them ran, how often, and when.
 */
@Deployment(resources = {"bpmn/license-application.bpmn", "bpmn/position-reconciliation.dmn"})
class LicenseApplicationProcessTest {

    private static final String PROCESS = "licenseApplication";

    private static final String START = "StartEvent_ApplicationSubmitted";
    private static final String BIS_REVIEW = "Task_BisReview";
    private static final String APPLICANT_RESPONDED = "Event_ApplicantResponded";
    private static final String AWAIT_APPLICANT = "Gateway_AwaitApplicant";
    private static final String APPLICANT_ANSWER_DUE = "Timer_ApplicantAnswerDue";
    private static final String RETURN_FOR_NO_ANSWER = "Task_ReturnForNoAnswer";
    private static final String LATE_ANSWER = "Event_LateAnswer";
    private static final String RETURNED_WHILE_AWAITING = "Event_ReturnedWhileAwaitingApplicant";
    private static final String CLOSE_WITHOUT_REFERRAL = "Task_CloseWithoutReferral";
    private static final String END_CLOSED_WITHOUT_REFERRAL = "End_ClosedWithoutReferral";
    private static final String AGENCY_REVIEW_SUBPROCESS = "SubProcess_AgencyReview";
    private static final String AGENCY_REVIEW = "Task_AgencyReview";
    private static final String END_POSITION_RECORDED = "End_PositionRecorded";
    private static final String ASSESSMENTS_SUBPROCESS = "SubProcess_InternalAssessments";
    private static final String ASSESSMENTS_REQUESTED = "StartEvent_AssessmentsRequested";
    private static final String COMPONENT_ASSESSMENT = "Task_ComponentAssessment";
    private static final String END_ASSESSMENTS_DONE = "End_AssessmentsDone";
    private static final String RECONCILE = "Task_ReconcilePositions";
    private static final String DECIDE = "Task_Decide";
    private static final String DECIDE_BLOCKED = "Task_DecideBlocked";
    private static final String POSITION_SUPERSEDED = "Event_PositionSuperseded";
    private static final String OC_DECISION = "Task_OperatingCommitteeDecision";
    private static final String ISSUE_LICENSE = "Task_IssueLicense";
    private static final String END_LICENSE_ISSUED = "End_LicenseIssued";
    private static final String END_DECIDED_WITHOUT_LICENSE = "End_DecidedWithoutLicense";

    private static final String TIMER_AGENCY_DEADLINE = "Timer_AgencyDeadline";
    private static final String APPEAL_WINDOW = "Gateway_AppealWindow";
    private static final String APPEAL_WINDOW_CLOSED = "Timer_AppealWindowClosed";
    private static final String APPEAL_FILED = "Event_AppealFiled";
    private static final String BOARD_VOTE = "Task_BoardVote";
    private static final String BOARD_DEADLINE = "Timer_BoardDeadline";
    private static final String TALLY = "Task_TallyBoardVotes";
    private static final String PRESIDENTIAL_DECISION = "Task_PresidentialDecision";
    private static final String MAKE_RULING_FINAL = "Task_MakeRulingFinal";
    private static final String NOTICE_LADDER_DENIAL = "Task_NoticeLadderDenial";
    private static final String MSG_APPEAL_FILED = "AppealFiled";
    private static final String DENIAL_PENDING = "Gateway_DenialPending";
    private static final String DENIAL_FINAL = "Timer_DenialFinal";
    private static final String DENIAL_APPEAL = "Task_DecideDenialAppeal";
    private static final String MAKE_DENIAL_FINAL = "Task_MakeDenialFinal";
    private static final String END_DENIED = "End_Denied";
    private static final String DEEMED_NO_OBJECTION = "Task_RecordDeemedNoObjection";
    private static final String END_DEEMED_NO_OBJECTION = "End_DeemedNoObjection";

    private static final String MSG_APPLICANT_RESPONDED = "ApplicantResponded";
    private static final String MSG_ASSESSMENTS_REQUESTED = "AssessmentsRequested";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(ProcessTestPostgres.engineConfiguration("licenseApplicationProcessTest"))
            .assertClassCoverageAtLeast(0.9)
            .build();

    private RuntimeService runtime;
    private TaskService tasks;
    private HistoryService history;
    private ManagementService management;

    /** What the stand-in for {@code reconcilePositions} reports; set per test before reconciliation. */
    private volatile String verdict = "AGREE";

    private final List<String> reconciled = new CopyOnWriteArrayList<>();
    private final List<String> closedWithoutReferral = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> licensesIssued = new CopyOnWriteArrayList<>();
    private final List<String> deemedNoObjection = new CopyOnWriteArrayList<>();

    /** What the stand-in for {@code makeRulingFinal} decides: the ruling that stands when the ladder ends. */
    private volatile String standingRuling = "DENIED";
    private final List<String> talliedBoards = new CopyOnWriteArrayList<>();
    private final List<String> deniedFinally = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        history = engine.getHistoryService();
        management = engine.getManagementService();

        Mocks.register("reconcilePositions", (JavaDelegate) execution -> {
            reconciled.add(execution.getProcessBusinessKey());
            execution.setVariable("reconciliationVerdict", verdict);
        });
        Mocks.register("closeWithoutReferral",
                (JavaDelegate) execution -> closedWithoutReferral.add(execution.getProcessBusinessKey()));
        Mocks.register("issueLicense", (JavaDelegate) this::recordLicense);
        Mocks.register("deadlineTimers", new StandInDeadlines());
        Mocks.register("makeRulingFinal", (JavaDelegate) execution -> {
            // as the real delegate: a denial records no decision yet, it awaits BIS's notice of intent to deny
            boolean denied = standingRuling.equals("DENIED");
            execution.setVariable("ladderDenied", denied);
            if (!denied) {
                execution.setVariable("decisionOutcome", standingRuling);
                execution.setVariable("licenseGranted", standingRuling.startsWith("APPROVED"));
            }
        });
        Mocks.register("makeDenialFinal", (JavaDelegate) execution -> deniedFinally.add(execution.getProcessBusinessKey()));
        Mocks.register("tallyBoardVotes", (JavaDelegate) execution ->
                talliedBoards.add((String) execution.getVariable("appealedTo")));
        Mocks.register("recordDeemedNoObjection", (JavaDelegate) execution ->
                deemedNoObjection.add((String) execution.getVariable("agency")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    // ---------------------------------------------------------------- start and BIS review

    @Test
    void startsWithABisReviewOfferedToTheBisGroup() {
        ProcessInstance pi = submitApplication();

        assertThat(pi).isActive().hasPassed(START).isWaitingAtExactly(BIS_REVIEW);
        assertThat(pi).variables()
                .containsEntry("applicationId", pi.getBusinessKey())
                .containsKey("controlNumber");
        assertThat(task(BIS_REVIEW, pi)).hasCandidateGroup("BIS").isNotAssigned();
        assertThat(candidateGroups(task(BIS_REVIEW, pi))).containsExactly("BIS");
        assertThat(reconciled).isEmpty();
        assertThat(closedWithoutReferral).isEmpty();
        assertThat(licensesIssued).isEmpty();
    }

    @Test
    void waitsForTheApplicantAndReturnsToBisReviewWhenInformationIsRequested() {
        ProcessInstance pi = submitApplication();

        reviewByBis(pi, "REQUEST_INFORMATION");

        assertThat(pi).isWaitingAtExactly(AWAIT_APPLICANT).isWaitingFor(MSG_APPLICANT_RESPONDED);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(reconciled).isEmpty();
        assertThat(closedWithoutReferral).isEmpty();

        runtime.createMessageCorrelation(MSG_APPLICANT_RESPONDED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();

        assertThat(pi).hasPassed(APPLICANT_RESPONDED).isWaitingAtExactly(BIS_REVIEW);
        assertThat(task(BIS_REVIEW, pi)).hasCandidateGroup("BIS");
        assertThat(timesEntered(pi, BIS_REVIEW)).isEqualTo(2);
        assertThat(reconciled).isEmpty();
        assertThat(closedWithoutReferral).isEmpty();

        // the case can be handled normally once the applicant has answered
        reviewByBis(pi, "DECIDE");
        assertThat(pi).isWaitingAtExactly(DECIDE);
        assertThat(reconciled).containsExactly(pi.getBusinessKey());
    }

    @Test
    void anUnansweredQuestionGivesBisATaskToReturnTheApplicationWithoutActionWhenItsDatePasses() {
        ProcessInstance pi = submitApplication();
        askTheApplicant(pi, "2027-01-06");

        Job answerDue = single(timers(pi, APPLICANT_ANSWER_DUE));
        assertThat(answerDue.getDuedate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(30))), 60_000);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).as("nothing to do before it").isZero();

        execute(answerDue);

        assertThat(pi).hasPassed(APPLICANT_ANSWER_DUE).isWaitingAtExactly(RETURN_FOR_NO_ANSWER);
        Task returnTask = task(RETURN_FOR_NO_ANSWER, pi);
        assertThat(returnTask).hasCandidateGroup("BIS").hasName("Return without action: no answer by 2027-01-06");
        assertThat(closedWithoutReferral).isEmpty();

        complete(returnTask, withVariables("reviewAction", "RETURN_WITHOUT_ACTION"));

        assertThat(pi).isEnded()
                .hasPassedInOrder(BIS_REVIEW, APPLICANT_ANSWER_DUE, RETURN_FOR_NO_ANSWER, CLOSE_WITHOUT_REFERRAL,
                        END_CLOSED_WITHOUT_REFERRAL)
                .hasNotPassed(APPLICANT_RESPONDED, AGENCY_REVIEW_SUBPROCESS, RECONCILE, DECIDE);
        assertThat(closedWithoutReferral).containsExactly(pi.getBusinessKey());
    }

    @Test
    void anAnswerThatComesAfterItsDateButBeforeTheReturnSendsTheCaseBackToBisReview() {
        ProcessInstance pi = submitApplication();
        askTheApplicant(pi, "2027-01-06");
        execute(single(timers(pi, APPLICANT_ANSWER_DUE)));

        runtime.createMessageCorrelation(MSG_APPLICANT_RESPONDED).processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();

        assertThat(pi).hasPassed(LATE_ANSWER).isWaitingAtExactly(BIS_REVIEW);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(RETURN_FOR_NO_ANSWER)
                .count()).as("the return task is withdrawn").isZero();
        assertThat(closedWithoutReferral).isEmpty();
    }

    @Test
    void bisReturnsTheApplicationWithoutActionWhileItAwaitsTheApplicant() {
        ProcessInstance pi = submitApplication();
        askTheApplicant(pi, "2027-01-06");

        runtime.createMessageCorrelation("ReturnedWhileAwaitingApplicant").processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable("reviewAction", "RETURN_WITHOUT_ACTION").correlate();

        assertThat(pi).isEnded()
                .hasPassedInOrder(BIS_REVIEW, RETURNED_WHILE_AWAITING, CLOSE_WITHOUT_REFERRAL, END_CLOSED_WITHOUT_REFERRAL)
                .hasNotPassed(APPLICANT_ANSWER_DUE, RETURN_FOR_NO_ANSWER, APPLICANT_RESPONDED);
        assertThat(timers(pi, APPLICANT_ANSWER_DUE)).as("the answer date no longer matters").isEmpty();
        assertThat(closedWithoutReferral).containsExactly(pi.getBusinessKey());
    }

    private void askTheApplicant(ProcessInstance pi, String respondBy) {
        complete(task(BIS_REVIEW, pi), withVariables("reviewAction", "REQUEST_INFORMATION",
                "referralAgencies", new ArrayList<>(), "applicantAnswerDueOn", respondBy));
        assertThat(pi).isWaitingAtExactly(AWAIT_APPLICANT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RETURN_WITHOUT_ACTION", "LICENSE_NOT_REQUIRED"})
    void closesWithoutReferralWhenReturnedOrNotRequiringALicense(String action) {
        ProcessInstance pi = submitApplication();

        reviewByBis(pi, action);

        assertThat(pi).isEnded()
                .hasPassedInOrder(BIS_REVIEW, CLOSE_WITHOUT_REFERRAL, END_CLOSED_WITHOUT_REFERRAL)
                .hasNotPassed(AGENCY_REVIEW_SUBPROCESS, RECONCILE, DECIDE, OC_DECISION, ISSUE_LICENSE,
                        END_LICENSE_ISSUED, END_DECIDED_WITHOUT_LICENSE);
        assertThat(closedWithoutReferral).containsExactly(pi.getBusinessKey());
        assertThat(reconciled).isEmpty();
        assertThat(licensesIssued).isEmpty();
    }

    @Test
    void decidesWithoutReferralAfterReconcilingWithoutAnyAgency() {
        ProcessInstance pi = submitApplication();

        reviewByBis(pi, "DECIDE");

        assertThat(pi).hasPassedInOrder(BIS_REVIEW, RECONCILE)
                .hasNotPassed(AGENCY_REVIEW_SUBPROCESS, CLOSE_WITHOUT_REFERRAL)
                .isWaitingAtExactly(DECIDE);
        assertThat(reconciled).containsExactly(pi.getBusinessKey());
        assertThat(task(DECIDE, pi)).hasCandidateGroup("BIS");
        assertThat(candidateGroups(task(DECIDE, pi))).containsExactly("BIS");

        decide(task(DECIDE, pi), "APPROVE", true);
        assertThat(pi).isWaitingAtExactly(ISSUE_LICENSE);
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed(ISSUE_LICENSE, END_LICENSE_ISSUED).hasNotPassed(OC_DECISION);
        assertThat(licensesIssued).hasSize(1);
        assertThat(closedWithoutReferral).isEmpty();
    }

    // ---------------------------------------------------------------- referral, reconciliation, decision

    @Test
    void refersToEveryAgencyAndIssuesTheLicenseWhenAllPositionsAgreeAndBisApproves() {
        ProcessInstance pi = submitApplication();
        verdict = "AGREE";

        reviewByBis(pi, "REFER", "DOD", "STATE", "ENERGY");

        assertThat(pi).isWaitingAt(AGENCY_REVIEW);
        assertThat(openTaskKeys(pi)).containsExactly(AGENCY_REVIEW, AGENCY_REVIEW, AGENCY_REVIEW);
        List<Task> reviews = agencyReviews(pi);
        assertThat(reviews).hasSize(3);
        for (Task review : reviews) {
            String agency = agencyOf(review);
            assertThat(review).hasCandidateGroup(agency).isNotAssigned();
            assertThat(candidateGroups(review)).containsExactly(agency);
        }
        assertThat(reviews).extracting(this::agencyOf).containsExactlyInAnyOrder("DOD", "STATE", "ENERGY");

        // the agencies answer one by one; reconciliation waits for the last one
        recordPosition(pi, "STATE");
        recordPosition(pi, "DOD");
        assertThat(pi).isWaitingAt(AGENCY_REVIEW).hasNotPassed(RECONCILE);
        assertThat(openTaskKeys(pi)).containsExactly(AGENCY_REVIEW);
        assertThat(agencyReviews(pi)).extracting(this::agencyOf).containsExactly("ENERGY");
        assertThat(reconciled).isEmpty();

        recordPosition(pi, "ENERGY");

        assertThat(pi).hasPassed(AGENCY_REVIEW_SUBPROCESS, END_POSITION_RECORDED, RECONCILE)
                .hasNotPassed(ASSESSMENTS_SUBPROCESS, OC_DECISION)
                .isWaitingAtExactly(DECIDE);
        assertThat(timesEntered(pi, AGENCY_REVIEW)).isEqualTo(3);
        assertThat(reconciled).containsExactly(pi.getBusinessKey());
        assertThat(task(DECIDE, pi)).hasCandidateGroup("BIS");

        decide(task(DECIDE, pi), "APPROVE", true);

        // the license is issued by a job, not inside the analyst's transaction
        assertThat(pi).isWaitingAtExactly(ISSUE_LICENSE);
        assertThat(licensesIssued).isEmpty();
        assertThat(job(pi)).hasActivityId(ISSUE_LICENSE);

        execute(job(pi));

        assertThat(pi).isEnded()
                .hasPassedInOrder(BIS_REVIEW, RECONCILE, DECIDE, ISSUE_LICENSE, END_LICENSE_ISSUED)
                .hasNotPassed(END_DECIDED_WITHOUT_LICENSE, CLOSE_WITHOUT_REFERRAL);
        assertThat(licensesIssued).hasSize(1);
        assertThat(licensesIssued.get(0))
                .containsEntry("businessKey", pi.getBusinessKey())
                .containsEntry("decisionOutcome", "APPROVE")
                .containsEntry("licenseGranted", true);
        assertThat(reconciled).hasSize(1);
        assertThat(closedWithoutReferral).isEmpty();
    }

    @Test
    void endsWithoutALicenseWhenTheAnalystDeniesAnAgreedCase() {
        ProcessInstance pi = submitApplication();
        verdict = "AGREE";
        reviewByBis(pi, "REFER", "STATE");
        recordPosition(pi, "STATE");

        decide(task(DECIDE, pi), "DENY", false);

        assertThat(pi).isEnded()
                .hasPassedInOrder(RECONCILE, DECIDE, END_DECIDED_WITHOUT_LICENSE)
                .hasNotPassed(OC_DECISION, ISSUE_LICENSE, END_LICENSE_ISSUED);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(licensesIssued).isEmpty();
    }

    @Test
    void aReturnWithoutActionBlocksTheDecisionUntilTheAgencysNewPositionIsReconciled() {
        ProcessInstance pi = submitApplication();
        verdict = "BLOCKED";
        reviewByBis(pi, "REFER", "DOD");
        recordPosition(pi, "DOD");

        assertThat(pi).hasPassed(RECONCILE).isWaitingAtExactly(DECIDE_BLOCKED).hasNotPassed(DECIDE, OC_DECISION);
        assertThat(task(DECIDE_BLOCKED, pi)).hasCandidateGroup("BIS");

        verdict = "AGREE";
        runtime.createMessageCorrelation("PositionSuperseded").processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();

        assertThat(pi).hasPassedInOrder(RECONCILE, POSITION_SUPERSEDED, RECONCILE).isWaitingAtExactly(DECIDE);
        assertThat(reconciled).hasSize(2);
        decide(task(DECIDE, pi), "APPROVE", true);
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed(END_LICENSE_ISSUED);
    }

    @Test
    void bisMayReturnTheApplicationWhileAnAgencysReturnBlocksIt() {
        ProcessInstance pi = submitApplication();
        verdict = "BLOCKED";
        reviewByBis(pi, "REFER", "DOD");
        recordPosition(pi, "DOD");

        decide(task(DECIDE_BLOCKED, pi), "RETURNED_WITHOUT_ACTION", false);

        assertThat(pi).isEnded().hasPassedInOrder(RECONCILE, DECIDE_BLOCKED, END_DECIDED_WITHOUT_LICENSE)
                .hasNotPassed(DECIDE, ISSUE_LICENSE);
    }

    @Test
    void escalatesToTheOperatingCommitteeWhenAPositionDisputes() {
        ProcessInstance pi = submitApplication();
        verdict = "DISPUTE";
        reviewByBis(pi, "REFER", "DOD", "STATE");
        recordPosition(pi, "DOD");
        recordPosition(pi, "STATE");

        assertThat(reconciled).containsExactly(pi.getBusinessKey());
        assertThat(pi).hasPassed(RECONCILE).hasNotPassed(DECIDE).isWaitingAtExactly(OC_DECISION);
        assertThat(task(OC_DECISION, pi)).hasCandidateGroup("OPERATING_COMMITTEE").isNotAssigned();
        assertThat(candidateGroups(task(OC_DECISION, pi))).containsExactly("OPERATING_COMMITTEE");

        complete(task(OC_DECISION, pi));
        assertThat(pi).isWaitingAtExactly(APPEAL_WINDOW);

        standingRuling = "DENIED";
        execute(single(timers(pi, APPEAL_WINDOW_CLOSED)));

        assertThat(pi).as("the OC's denial goes through the notice of intent to deny (15 CFR 750.6)")
                .hasPassedInOrder(RECONCILE, OC_DECISION, APPEAL_WINDOW_CLOSED, MAKE_RULING_FINAL)
                .isWaitingAtExactly(NOTICE_LADDER_DENIAL)
                .hasNotPassed(DECIDE, APPEAL_FILED, ISSUE_LICENSE, END_LICENSE_ISSUED, END_DECIDED_WITHOUT_LICENSE);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(licensesIssued).isEmpty();
    }

    @Test
    void issuesTheLicenseWhenTheOperatingCommitteeResolvesADisputeInFavourOfApproval() {
        ProcessInstance pi = submitApplication();
        verdict = "DISPUTE";
        reviewByBis(pi, "REFER", "DOD");
        recordPosition(pi, "DOD");

        complete(task(OC_DECISION, pi));
        standingRuling = "APPROVED_WITH_CONDITIONS";
        execute(single(timers(pi, APPEAL_WINDOW_CLOSED)));
        assertThat(pi).isWaitingAtExactly(ISSUE_LICENSE);
        assertThat(licensesIssued).isEmpty();
        execute(job(pi));

        assertThat(pi).isEnded()
                .hasPassedInOrder(OC_DECISION, MAKE_RULING_FINAL, ISSUE_LICENSE, END_LICENSE_ISSUED)
                .hasNotPassed(DECIDE, END_DECIDED_WITHOUT_LICENSE);
        assertThat(licensesIssued).singleElement().satisfies(issued -> assertThat(issued)
                .containsEntry("decisionOutcome", "APPROVED_WITH_CONDITIONS")
                .containsEntry("licenseGranted", true));
    }

    // ---------------------------------------------------------------- internal assessments

    @Test
    void waitsForEveryRequestedComponentAssessmentBeforeTheDodReviewCompletes() {
        ProcessInstance pi = submitApplication();
        reviewByBis(pi, "REFER", "DOD", "STATE");

        requestAssessments(pi, "DOD", "ARMY", "NAVY");

        assertThat(pi).isWaitingAt(AGENCY_REVIEW, COMPONENT_ASSESSMENT).hasPassed(ASSESSMENTS_REQUESTED);
        assertThat(openTaskKeys(pi)).containsExactly(
                AGENCY_REVIEW, AGENCY_REVIEW, COMPONENT_ASSESSMENT, COMPONENT_ASSESSMENT);
        List<Task> assessments = componentAssessments(pi);
        assertThat(assessments).hasSize(2);
        for (Task assessment : assessments) {
            String component = (String) runtime.getVariable(assessment.getExecutionId(), "component");
            assertThat(assessment).hasCandidateGroup(component).isNotAssigned();
            assertThat(candidateGroups(assessment)).containsExactly(component);
            // the assessments belong to the DoD referral, not to the State referral
            assertThat(agencyOf(assessment)).isEqualTo("DOD");
        }
        assertThat(assessments).extracting(t -> runtime.getVariable(t.getExecutionId(), "component"))
                .containsExactlyInAnyOrder("ARMY", "NAVY");
        // the agency reviews go on meanwhile (non-interrupting)
        assertThat(agencyReviews(pi)).extracting(this::agencyOf).containsExactlyInAnyOrder("DOD", "STATE");

        recordPosition(pi, "STATE");
        recordAssessment(pi, "ARMY");

        assertThat(pi).isWaitingAt(AGENCY_REVIEW, COMPONENT_ASSESSMENT)
                .hasNotPassed(END_ASSESSMENTS_DONE, RECONCILE);
        assertThat(openTaskKeys(pi)).containsExactly(AGENCY_REVIEW, COMPONENT_ASSESSMENT);
        assertThat(componentAssessments(pi)).singleElement().satisfies(t -> assertThat(t).hasCandidateGroup("NAVY"));

        recordAssessment(pi, "NAVY");

        assertThat(pi).hasPassed(COMPONENT_ASSESSMENT, END_ASSESSMENTS_DONE).isWaitingAt(AGENCY_REVIEW)
                .hasNotPassed(RECONCILE);
        assertThat(openTaskKeys(pi)).containsExactly(AGENCY_REVIEW);
        assertThat(timesEnded(pi, END_ASSESSMENTS_DONE)).isEqualTo(1);
        assertThat(agencyReviews(pi)).extracting(this::agencyOf).containsExactly("DOD");
        assertThat(reconciled).isEmpty();

        recordPosition(pi, "DOD");

        assertThat(pi).hasPassed(AGENCY_REVIEW_SUBPROCESS, RECONCILE).isWaitingAtExactly(DECIDE);
        assertThat(reconciled).containsExactly(pi.getBusinessKey());
        assertThat(timesEntered(pi, COMPONENT_ASSESSMENT)).isEqualTo(2);
    }

    @Test
    void keepsTheDodReferralOpenUntilItsRequestedAssessmentsAreIn() {
        ProcessInstance pi = submitApplication();
        reviewByBis(pi, "REFER", "DOD");
        requestAssessments(pi, "DOD", "ARMY", "NAVY");

        // DoD records its position before its components have answered
        recordPosition(pi, "DOD");

        assertThat(pi).isWaitingAt(COMPONENT_ASSESSMENT).hasNotPassed(RECONCILE);
        assertThat(openTaskKeys(pi)).containsExactly(COMPONENT_ASSESSMENT, COMPONENT_ASSESSMENT);
        assertThat(reconciled).isEmpty();

        recordAssessment(pi, "NAVY");
        assertThat(pi).isWaitingAt(COMPONENT_ASSESSMENT).hasNotPassed(END_ASSESSMENTS_DONE, RECONCILE);
        assertThat(openTaskKeys(pi)).containsExactly(COMPONENT_ASSESSMENT);
        assertThat(reconciled).isEmpty();

        recordAssessment(pi, "ARMY");

        assertThat(pi).hasPassed(END_ASSESSMENTS_DONE, AGENCY_REVIEW_SUBPROCESS, RECONCILE).isWaitingAtExactly(DECIDE);
        assertThat(reconciled).containsExactly(pi.getBusinessKey());
    }

    // ---------------------------------------------------------------- agency deadlines

    @Test
    void armsADeadlineTimerOnEveryAgencyReviewDueWhenTheDeadlineFalls() {
        ProcessInstance pi = submitApplication();
        reviewByBis(pi, "REFER", "DOD", "STATE");

        List<Job> timers = agencyDeadlineTimers(pi);
        assertThat(timers).hasSize(2);
        for (Job timer : timers) {
            assertThat(timer.getDuedate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(30))), 60_000);
        }

        recordPosition(pi, "STATE");
        assertThat(agencyDeadlineTimers(pi)).as("a recorded position disarms its timer").hasSize(1);
    }

    @Test
    void anAgencySilentPastItsDeadlineIsDeemedNotToObjectAndTheCaseMovesOn() {
        ProcessInstance pi = submitApplication();
        reviewByBis(pi, "REFER", "DOD", "STATE");
        requestAssessments(pi, "DOD", "ARMY");
        recordPosition(pi, "STATE");

        execute(single(agencyDeadlineTimers(pi)));

        assertThat(deemedNoObjection).containsExactly("DOD");
        assertThat(pi).hasPassed(TIMER_AGENCY_DEADLINE, DEEMED_NO_OBJECTION, END_DEEMED_NO_OBJECTION, RECONCILE)
                .isWaitingAtExactly(DECIDE);
        assertThat(componentAssessments(pi)).as("the Army's outstanding assessment ends with the referral").isEmpty();
        assertThat(reconciled).containsExactly(pi.getBusinessKey());
    }

    // ---------------------------------------------------------------- intent to deny

    @Test
    void aDenialBeginsAsANoticeAndBecomesFinalFortyFiveDaysLater() {
        ProcessInstance pi = noticeOfIntentToDeny();
        assertThat(pi).isWaitingAtExactly(DENIAL_PENDING);
        assertThat(deniedFinally).isEmpty();

        execute(single(timers(pi, DENIAL_FINAL)));

        assertThat(deniedFinally).containsExactly(pi.getBusinessKey());
        assertThat(pi).isEnded().hasPassedInOrder(DECIDE, DENIAL_FINAL, MAKE_DENIAL_FINAL, END_DENIED)
                .hasNotPassed(ISSUE_LICENSE, END_DECIDED_WITHOUT_LICENSE);
    }

    @Test
    void bisWithdrawsItsIntentAndDecidesAgain() {
        ProcessInstance pi = noticeOfIntentToDeny();
        runtime.createMessageCorrelation("DenialWithdrawn").processInstanceId(pi.getId()).correlate();

        assertThat(pi).isWaitingAtExactly(DECIDE);
        assertThat(timers(pi, DENIAL_FINAL)).isEmpty();
        complete(task(DECIDE, pi), withVariables("decisionOutcome", "APPROVED", "licenseGranted", true,
                "intentToDeny", false));
        assertThat(pi).isWaitingAtExactly(ISSUE_LICENSE);
        assertThat(deniedFinally).isEmpty();
    }

    @Test
    void anAppealHoldsTheDenialUntilTheUnderSecretaryDecides() {
        ProcessInstance upheld = noticeOfIntentToDeny();
        runtime.createMessageCorrelation("DenialAppealed").processInstanceId(upheld.getId()).correlate();
        assertThat(upheld).isWaitingAtExactly(DENIAL_APPEAL);
        assertThat(task(DENIAL_APPEAL, upheld)).hasCandidateGroup("UNDER_SECRETARY");
        assertThat(timers(upheld, DENIAL_FINAL)).as("no denial becomes final while appealed").isEmpty();
        complete(task(DENIAL_APPEAL, upheld), withVariables("denialAppealGranted", false));
        assertThat(upheld).isEnded().hasPassedInOrder(DENIAL_APPEAL, MAKE_DENIAL_FINAL, END_DENIED);

        ProcessInstance granted = noticeOfIntentToDeny();
        runtime.createMessageCorrelation("DenialAppealed").processInstanceId(granted.getId()).correlate();
        complete(task(DENIAL_APPEAL, granted), withVariables("denialAppealGranted", true));
        assertThat(granted).isWaitingAtExactly(DECIDE);
        assertThat(deniedFinally).containsExactly(upheld.getBusinessKey());
    }

    private ProcessInstance noticeOfIntentToDeny() {
        ProcessInstance pi = submitApplication();
        reviewByBis(pi, "REFER", "STATE");
        recordPosition(pi, "STATE");
        complete(task(DECIDE, pi), withVariables("decisionOutcome", "DENIED", "licenseGranted", false,
                "intentToDeny", true));
        return pi;
    }

    // ---------------------------------------------------------------- the escalation ladder

    @Test
    void anAppealGoesToTheBoardWhoseMemberAgenciesVoteAndItsRulingOpensANewAppealWindow() {
        ProcessInstance pi = disputedAndRuledByTheCommittee();

        appeal(pi, "ACEP");
        List<Task> votes = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(BOARD_VOTE).list();
        assertThat(votes).flatExtracting(this::candidateGroups)
                .containsExactlyInAnyOrder("BOARD/BIS", "BOARD/STATE", "BOARD/DOD", "BOARD/ENERGY");
        assertThat(timers(pi, BOARD_DEADLINE)).hasSize(1);
        votes.forEach(vote -> tasks.complete(vote.getId()));

        assertThat(talliedBoards).containsExactly("ACEP");
        assertThat(pi).hasPassed(APPEAL_FILED, BOARD_VOTE, TALLY).isWaitingAtExactly(APPEAL_WINDOW);
        assertThat(timers(pi, BOARD_DEADLINE)).isEmpty();

        standingRuling = "APPROVED";
        execute(single(timers(pi, APPEAL_WINDOW_CLOSED)));
        assertThat(pi).hasPassed(MAKE_RULING_FINAL).isWaitingAtExactly(ISSUE_LICENSE);
    }

    @Test
    void aBoardAsksTheVoteOfEveryAgencySeatedForTheCaseAndTalliesOnlyWhenAllHaveVoted() {
        ProcessInstance pi = disputedAndRuledByTheCommittee();

        appeal(pi, "ACEP", List.of("BIS", "STATE", "DOD", "ENERGY", "JUSTICE"));
        List<Task> votes = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(BOARD_VOTE).list();
        assertThat(votes).flatExtracting(this::candidateGroups).as("Justice sits for an encryption export")
                .containsExactlyInAnyOrder("BOARD/BIS", "BOARD/STATE", "BOARD/DOD", "BOARD/ENERGY", "BOARD/JUSTICE");
        votes.stream().filter(vote -> !candidateGroups(vote).contains("BOARD/JUSTICE"))
                .forEach(vote -> tasks.complete(vote.getId()));
        assertThat(talliedBoards).as("the fifth seat has not voted").isEmpty();

        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(BOARD_VOTE)
                .taskCandidateGroup("BOARD/JUSTICE").singleResult().getId());
        assertThat(talliedBoards).containsExactly("ACEP");
        assertThat(pi).hasPassed(BOARD_VOTE, TALLY).isWaitingAtExactly(APPEAL_WINDOW);
    }

    @Test
    void aBoardRulesOnTheVotesCastWhenItsDeadlinePasses() {
        ProcessInstance pi = disputedAndRuledByTheCommittee();
        appeal(pi, "EARB");
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(BOARD_VOTE)
                .taskCandidateGroup("BOARD/STATE").singleResult().getId());

        execute(single(timers(pi, BOARD_DEADLINE)));

        assertThat(talliedBoards).containsExactly("EARB");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(BOARD_VOTE).count())
                .as("the votes not cast are closed").isZero();
        assertThat(pi).hasPassed(BOARD_DEADLINE, TALLY).isWaitingAtExactly(APPEAL_WINDOW);
    }

    @Test
    void anAppealToThePresidentWaitsForTheRecordedDecisionAndThenEndsTheLadder() {
        ProcessInstance pi = disputedAndRuledByTheCommittee();
        appeal(pi, "PRESIDENT");

        assertThat(pi).isWaitingAtExactly(PRESIDENTIAL_DECISION);
        assertThat(task(PRESIDENTIAL_DECISION, pi)).hasCandidateGroup("PRESIDENT");
        assertThat(timers(pi, APPEAL_WINDOW_CLOSED)).isEmpty();

        standingRuling = "DENIED";
        complete(task(PRESIDENTIAL_DECISION, pi));
        assertThat(pi).hasPassedInOrder(PRESIDENTIAL_DECISION, MAKE_RULING_FINAL)
                .hasNotPassed(BOARD_VOTE, TALLY, END_DECIDED_WITHOUT_LICENSE)
                .isWaitingAtExactly(NOTICE_LADDER_DENIAL);
        assertThat(task(NOTICE_LADDER_DENIAL, pi)).hasCandidateGroup("BIS");
    }

    @Test
    void aDenialByTheOperatingCommitteeGoesThroughTheNoticeOfIntentToDenyAndBecomesFinalFortyFiveDaysLater() {
        ProcessInstance pi = disputedAndRuledByTheCommittee();
        standingRuling = "DENIED";
        execute(single(timers(pi, APPEAL_WINDOW_CLOSED)));

        assertThat(pi).hasPassed(MAKE_RULING_FINAL).isWaitingAtExactly(NOTICE_LADDER_DENIAL)
                .hasNotPassed(END_DECIDED_WITHOUT_LICENSE, END_DENIED);
        assertThat(task(NOTICE_LADDER_DENIAL, pi)).hasCandidateGroup("BIS");
        assertThat(deniedFinally).as("no denial without its notice").isEmpty();

        complete(task(NOTICE_LADDER_DENIAL, pi), withVariables("intentToDeny", true));
        assertThat(pi).isWaitingAtExactly(DENIAL_PENDING);
        execute(single(timers(pi, DENIAL_FINAL)));

        assertThat(deniedFinally).containsExactly(pi.getBusinessKey());
        assertThat(pi).isEnded()
                .hasPassedInOrder(MAKE_RULING_FINAL, NOTICE_LADDER_DENIAL, DENIAL_FINAL, MAKE_DENIAL_FINAL, END_DENIED)
                .hasNotPassed(END_DECIDED_WITHOUT_LICENSE, ISSUE_LICENSE);
    }

    @Test
    void anApplicantMayAppealALadderDenialToTheUnderSecretaryOnceNoticed() {
        ProcessInstance pi = disputedAndRuledByTheCommittee();
        appeal(pi, "ACEP");
        tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(BOARD_VOTE).list()
                .forEach(vote -> tasks.complete(vote.getId()));
        standingRuling = "DENIED";
        execute(single(timers(pi, APPEAL_WINDOW_CLOSED)));
        complete(task(NOTICE_LADDER_DENIAL, pi), withVariables("intentToDeny", true));

        runtime.createMessageCorrelation("DenialAppealed").processInstanceId(pi.getId()).correlate();

        assertThat(pi).hasPassed(TALLY, NOTICE_LADDER_DENIAL).isWaitingAtExactly(DENIAL_APPEAL);
        assertThat(timers(pi, DENIAL_FINAL)).as("no denial becomes final while appealed").isEmpty();
    }

    private ProcessInstance disputedAndRuledByTheCommittee() {
        ProcessInstance pi = submitApplication();
        verdict = "DISPUTE";
        reviewByBis(pi, "REFER", "DOD");
        recordPosition(pi, "DOD");
        complete(task(OC_DECISION, pi));
        return pi;
    }

    private void appeal(ProcessInstance pi, String level) {
        appeal(pi, level, "PRESIDENT".equals(level) ? List.of() : List.of("BIS", "STATE", "DOD", "ENERGY"));
    }

    private void appeal(ProcessInstance pi, String level, List<String> seated) {
        runtime.createMessageCorrelation(MSG_APPEAL_FILED).processInstanceId(pi.getId())
                .setVariable("appealedTo", level)
                .setVariable("boardMembers", new ArrayList<>(seated))
                .correlate();
    }

    private List<Job> timers(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).list();
    }

    // ---------------------------------------------------------------- helpers

    private List<Job> agencyDeadlineTimers(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(TIMER_AGENCY_DEADLINE).list();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private ProcessInstance submitApplication() {
        String applicationId = UUID.randomUUID().toString();
        return runtime.startProcessInstanceByKey(PROCESS, applicationId,
                Map.of("applicationId", applicationId, "controlNumber", "Z" + applicationId.substring(0, 8)));
    }

    private void reviewByBis(ProcessInstance pi, String action, String... agencies) {
        Task review = task(BIS_REVIEW, pi);
        assertThat(review).hasCandidateGroup("BIS");
        complete(review, withVariables(
                "reviewAction", action,
                "referralAgencies", new ArrayList<>(List.of(agencies))));
    }

    private void recordPosition(ProcessInstance pi, String agency) {
        List<Task> open = agencyReviews(pi).stream().filter(t -> agency.equals(agencyOf(t))).toList();
        assertThat(open).as("open review for %s", agency).hasSize(1);
        assertThat(open.get(0)).hasCandidateGroup(agency);
        tasks.complete(open.get(0).getId());
    }

    private void requestAssessments(ProcessInstance pi, String agency, String... components) {
        List<Execution> scopes = runtime.createExecutionQuery()
                .processInstanceBusinessKey(pi.getBusinessKey())
                .messageEventSubscriptionName(MSG_ASSESSMENTS_REQUESTED)
                .list();
        List<Execution> ofAgency = scopes.stream()
                .filter(e -> agency.equals(runtime.getVariable(e.getId(), "agency")))
                .toList();
        assertThat(ofAgency).as("referral of %s open for assessments", agency).hasSize(1);
        runtime.messageEventReceived(MSG_ASSESSMENTS_REQUESTED, ofAgency.get(0).getId(),
                Map.of("assessmentComponents", new ArrayList<>(List.of(components))));
    }

    private void recordAssessment(ProcessInstance pi, String component) {
        Task assessment = tasks.createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(COMPONENT_ASSESSMENT)
                .taskCandidateGroup(component)
                .singleResult();
        assertThat(assessment).as("open assessment for %s", component).isNotNull();
        tasks.complete(assessment.getId());
    }

    private void decide(Task task, String outcome, boolean licenseGranted) {
        boolean bis = DECIDE.equals(task.getTaskDefinitionKey()) || DECIDE_BLOCKED.equals(task.getTaskDefinitionKey());
        assertThat(task).hasCandidateGroup(bis ? "BIS" : "OPERATING_COMMITTEE");
        complete(task, withVariables("decisionOutcome", outcome, "licenseGranted", licenseGranted));
    }

    private List<Task> agencyReviews(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(AGENCY_REVIEW).list();
    }

    private List<Task> componentAssessments(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(COMPONENT_ASSESSMENT).list();
    }

    /** Definition keys of the open user tasks, sorted, one entry per task. */
    private List<String> openTaskKeys(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream()
                .map(Task::getTaskDefinitionKey)
                .sorted()
                .toList();
    }

    private String agencyOf(Task task) {
        return (String) runtime.getVariable(task.getExecutionId(), "agency");
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toList());
    }

    private long timesEntered(ProcessInstance pi, String activityId) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).activityId(activityId).count();
    }

    private long timesEnded(ProcessInstance pi, String activityId) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).activityId(activityId).finished().count();
    }

    private void recordLicense(DelegateExecution execution) {
        licensesIssued.add(Map.of(
                "businessKey", execution.getProcessBusinessKey(),
                "decisionOutcome", execution.getVariable("decisionOutcome"),
                "licenseGranted", execution.getVariable("licenseGranted")));
    }
}
