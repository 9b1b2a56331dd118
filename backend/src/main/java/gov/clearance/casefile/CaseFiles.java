package gov.clearance.casefile;

import gov.clearance.access.CaseNow;
import gov.clearance.access.CasePolicy;
import gov.clearance.deadline.CaseClockView;
import gov.clearance.decision.IntentToDenyView;
import gov.clearance.decision.LadderView;
import gov.clearance.workflow.TaskView;
import gov.clearance.shared.NotFoundException;
import gov.clearance.workflow.CaseProcessView;
import gov.clearance.workflow.CaseProcesses;
import gov.clearance.referral.CaseClassification;
import gov.clearance.referral.ReferralSuggestions;
import gov.clearance.screening.CaseScreeningView;
import gov.clearance.screening.PartyScreening;
import gov.clearance.audit.AuditEntryView;
import gov.clearance.audit.AuditTrail;
import gov.clearance.deadline.Deadlines;
import gov.clearance.deadline.Holds;
import gov.clearance.decision.DecisionView;
import gov.clearance.decision.Decisions;
import gov.clearance.decision.EscalationLadder;
import gov.clearance.decision.IntentsToDeny;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.ApplicationSearch;
import gov.clearance.intake.ApplicationSearchResults;
import gov.clearance.shared.CaseCondition;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationSummary;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.ApplicationView.InformationRequestView;
import gov.clearance.intake.Applications;
import gov.clearance.intake.Outcome;
import gov.clearance.position.PositionView;
import gov.clearance.position.Positions;
import gov.clearance.position.ReturnBlock;
import gov.clearance.position.SuppliedInformationView;
import gov.clearance.reconciliation.Reconciliations;
import gov.clearance.referral.BisReviewView;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.referral.ReviewAction;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.workflow.CaseTasks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file as each audience may see it. Applicants see their organization's applications and
 * the decisions on them; staff see what their agency is entitled to.
 */
@Service
public class CaseFiles {

    private static final Set<String> AGENCY_INTERNAL_ACTIONS = Set.of("POSITION_RECORDED", "ASSESSMENTS_REQUESTED",
            "ASSESSMENT_RECORDED", "POSITIONS_RECONCILED", "INFORMATION_SUPPLIED", InternalNotes.NOTE_ADDED);

    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final Reconciliations reconciliations;
    private final Decisions decisions;
    private final CaseTasks tasks;
    private final AuditTrail audit;
    private final CasePolicy access;
    private final Deadlines deadlines;
    private final Holds holds;
    private final EscalationLadder escalation;
    private final IntentsToDeny intents;
    private final ReferralSuggestions suggestions;
    private final PartyScreening screening;
    private final CaseProcesses processes;

    CaseFiles(Applications applications, Referrals referrals, Positions positions, Reconciliations reconciliations,
            Decisions decisions, CaseTasks tasks, AuditTrail audit, CasePolicy access, Deadlines deadlines,
            Holds holds, EscalationLadder escalation, IntentsToDeny intents, ReferralSuggestions suggestions,
            PartyScreening screening, CaseProcesses processes) {
        this.processes = processes;
        this.suggestions = suggestions;
        this.screening = screening;
        this.escalation = escalation;
        this.intents = intents;
        this.applications = applications;
        this.referrals = referrals;
        this.positions = positions;
        this.reconciliations = reconciliations;
        this.decisions = decisions;
        this.tasks = tasks;
        this.audit = audit;
        this.access = access;
        this.deadlines = deadlines;
        this.holds = holds;
    }

    // ---------------------------------------------------------------- applicants

    @Transactional(readOnly = true)
    public List<ApplicantCaseView> applicantCases(CurrentUser applicant) {
        return applications.listForApplicant(applicant).stream().map(this::applicantView).toList();
    }

    @Transactional(readOnly = true)
    public ApplicantCaseView applicantCase(CurrentUser applicant, UUID id) {
        return applicantView(applications.viewForApplicant(applicant, id));
    }

    /** What the applicant sees of the case's history: their own actions, BIS's questions, holds for them, decisions. */
    static final Set<String> APPLICANT_VISIBLE_ACTIONS = Set.of("APPLICATION_DRAFTED", "DRAFT_EDITED",
            "APPLICATION_SUBMITTED", "INFORMATION_REQUESTED", "APPLICANT_RESPONDED", "DOCUMENT_UPLOADED",
            "CONDITIONS_ACCEPTED", "CONDITIONS_DECLINED", "STATUS_CHANGED", "INTENT_TO_DENY_ISSUED",
            "INTENT_TO_DENY_ANSWERED", "INTENT_TO_DENY_WITHDRAWN", "DENIAL_APPEALED", "DENIAL_APPEAL_DECIDED",
            "DECISION_RECORDED", "LICENSE_ISSUED", "APPLICATION_CLOSED");

    @Transactional(readOnly = true)
    public List<ApplicantTimelineEntry> applicantTimeline(CurrentUser applicant, UUID id) {
        ApplicationView application = applications.viewForApplicant(applicant, id);
        String ownOrganization = "ORG:" + application.organization();
        return audit.entriesFor(id).stream()
                .filter(entry -> APPLICANT_VISIBLE_ACTIONS.contains(entry.action()))
                .map(entry -> new ApplicantTimelineEntry(entry.sequence(), entry.at(), entry.action(),
                        ownOrganization.equals(entry.agency()) ? entry.actorName() : "BIS"))
                .toList();
    }

    private ApplicantCaseView applicantView(ApplicationView application) {
        ApplicantCaseView.ApplicantDecision decision = null;
        if (application.status() == ApplicationStatus.CLOSED) {
            DecisionView decided = decisions.decisionOf(application.id()).orElse(null);
            if (decided != null) {
                decision = new ApplicantCaseView.ApplicantDecision(decided.outcome(), decided.decidedAt(),
                        reasonsForApplicant(application.id(), decided.outcome()), decided.conditions(),
                        decided.license());
            }
        }
        // a case returned while it awaited the answer has no question left to answer
        List<InformationRequestView> open = application.status() == ApplicationStatus.CLOSED ? List.of()
                : application.questions().stream().filter(InformationRequestView::open).toList();
        List<InformationRequestView> answered = application.questions().stream().filter(q -> !q.open()).toList();
        return new ApplicantCaseView(application.id(), application.status(), application.outcome(),
                application.controlNumber(), application.createdAt(), application.updatedAt(),
                application.registeredAt(), application.form(), open, answered, decision,
                intents.latest(application.id()).orElse(null),
                holds.proposedConditions(application.id()).orElse(null));
    }

    /** Deficiencies of a return without action, and BIS's reason for "license not required", are the applicant's to read. */
    private List<String> reasonsForApplicant(UUID applicationId, Outcome outcome) {
        BisReviewView review = referrals.latestReview(applicationId).orElse(null);
        if (review == null) {
            return List.of();
        }
        if (outcome == Outcome.RETURNED_WITHOUT_ACTION && review.action() == ReviewAction.RETURN_WITHOUT_ACTION) {
            return review.deficiencies();
        }
        if (outcome == Outcome.LICENSE_NOT_REQUIRED && review.action() == ReviewAction.LICENSE_NOT_REQUIRED) {
            return List.of(review.analysis());
        }
        return List.of();
    }

    // ---------------------------------------------------------------- staff

    @Transactional(readOnly = true)
    public ApplicationSearchResults search(CurrentUser staff, ApplicationStatus status, String agency, String eccn,
            String country, String text, int page, int size) {
        if (page < 0) {
            throw InvalidRequestException.of("page", "must be zero or more");
        }
        if (size < 1 || size > 200) {
            throw InvalidRequestException.of("size", "must be between 1 and 200");
        }
        List<CaseCondition> within = new ArrayList<>();
        access.visibleCases(staff).ifPresent(within::add);
        if (agency != null && !agency.isBlank()) {
            within.add(referrals.referredTo(agency.strip()));
        }
        return applications.search(new ApplicationSearch(status, eccn, country, text,
                within.isEmpty() ? null : CaseCondition.allOf(within), page, size));
    }

    @Transactional(readOnly = true)
    public StaffCaseView staffCase(CurrentUser staff, UUID id) {
        ApplicationView application = access.visibleCase(staff, id);
        boolean everything = access.seesWholeCase(staff, id);
        Map<UUID, List<PositionView>> positionsByReferral = positions.positionsOf(id).stream()
                .collect(Collectors.groupingBy(PositionView::referralId));
        Map<UUID, List<SuppliedInformationView>> suppliedByReferral = positions.suppliedInformationOf(id).stream()
                .collect(Collectors.groupingBy(SuppliedInformationView::referralId));
        List<StaffCaseView.ReferralCase> referralCases = referrals.referralsOf(id).stream()
                .filter(referral -> everything || referral.agency().equals(staff.agency()))
                .map(referral -> referralCase(staff, referral,
                        positionsByReferral.getOrDefault(referral.id(), List.of()),
                        suppliedByReferral.getOrDefault(referral.id(), List.of())))
                .toList();
        List<ReturnBlock> blocks = positions.returnBlocks(id).stream()
                .filter(block -> everything || block.agency().equals(staff.agency()))
                .toList();
        List<TaskView> openTasks = tasks.tasksFor(staff, id, null);
        CaseClockView clock = deadlines.clockOf(id);
        LadderView ladder = escalation.ladderOf(id);
        IntentToDenyView intent = intents.latest(id).orElse(null);
        List<ReferralView> referred = referrals.referralsOf(id);
        CaseNow now = new CaseNow(id, application.status(), openTasks, referred, blocks,
                clock == null ? List.of() : clock.holds(), ladder, intent);
        return new StaffCaseView(application, referrals.reviewsOf(id), referralCases, blocks,
                everything ? reconciliations.latest(id).orElse(null) : null,
                everything ? decisions.agencyConditions(id) : List.of(),
                decisions.decisionOf(id).orElse(null),
                openTasks,
                clock,
                ladder,
                intent,
                suggestions.classify(id),
                screening.screeningOf(id),
                access.allowedActions(staff, now));
    }

    @Transactional(readOnly = true)
    public CaseClassification classification(CurrentUser staff, UUID id) {
        access.visibleCase(staff, id);
        return suggestions.classify(id);
    }

    /** Recent finished tasks a stage's median is taken from. */
    static final int STAGE_SAMPLE = 2000;

    /** Cases by status, overdue deadlines by stage, the median days of each stage: for administrators. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(CurrentUser admin) {
        return new Dashboard(applications.countByStatus(), Dashboard.overdueByStage(deadlines.overdueByKind(admin)),
                tasks.stageDurations(STAGE_SAMPLE));
    }

    /** The case's process model with the steps it is at and has passed through. */
    @Transactional(readOnly = true)
    public CaseProcessView process(CurrentUser staff, UUID id) {
        access.visibleCase(staff, id);
        return processes.processOf(id).orElseThrow(() -> new NotFoundException("Process of application", id));
    }

    @Transactional(readOnly = true)
    public CaseScreeningView screening(CurrentUser staff, UUID id) {
        access.visibleCase(staff, id);
        return screening.screeningOf(id);
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> timeline(CurrentUser staff, UUID id) {
        access.visibleCase(staff, id);
        boolean everything = access.seesWholeCase(staff, id);
        return audit.entriesFor(id).stream()
                .filter(entry -> withinAgency(staff, entry)
                        || everything && !InternalNotes.NOTE_ADDED.equals(entry.action())
                        || !AGENCY_INTERNAL_ACTIONS.contains(entry.action()))
                .toList();
    }

    /** The referral with the agency's position as it stands and, oldest first, the ones it superseded. */
    private StaffCaseView.ReferralCase referralCase(CurrentUser staff, ReferralView referral,
            List<PositionView> recorded, List<SuppliedInformationView> supplied) {
        Set<UUID> superseded = recorded.stream().map(PositionView::supersedes).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        PositionView current = recorded.stream().filter(position -> !superseded.contains(position.id()))
                .reduce((first, second) -> second).orElse(null);
        List<PositionView> earlier = recorded.stream().filter(position -> superseded.contains(position.id()))
                .toList();
        return new StaffCaseView.ReferralCase(referral, current, earlier, supplied,
                assessmentsVisibleTo(staff, referral));
    }

    private List<gov.clearance.position.AssessmentView> assessmentsVisibleTo(CurrentUser staff, ReferralView referral) {
        if (!referral.agency().equals(staff.agency())) {
            return List.of();
        }
        return positions.assessmentsOf(referral.id()).stream()
                .filter(assessment -> staff.component() == null || assessment.component().equals(staff.component()))
                .toList();
    }

    private static boolean withinAgency(CurrentUser staff, AuditEntryView entry) {
        return entry.agency() != null && staff.agency() != null
                && (entry.agency().equals(staff.agency()) || entry.agency().startsWith(staff.agency() + "/"));
    }
}
