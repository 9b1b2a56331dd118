package gov.clearance.decision;

import gov.clearance.screening.PartyScreening;
import static gov.clearance.shared.TextRules.limit;
import static gov.clearance.shared.TextRules.requireText;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.intake.CaseProgress;
import gov.clearance.position.Positions;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intent to deny (15 CFR 750.6) and appeal (part 756). BIS's denial begins as a notice to the
 * applicant; the applicant may respond within 20 days and appeal within 45; unless BIS withdraws the
 * notice by day 45, or an appeal is still pending, the denial then becomes final. Days are counted
 * on the case's processing clock from the day of the notice, so holds move them.
 */
@Service
public class IntentsToDeny {

    static final String APPEAL_RIGHTS = "You may appeal this denial to the Under Secretary for Industry and "
            + "Security within 45 days of this notice, in writing, stating the grounds; you may ask for an informal "
            + "hearing (15 CFR part 756).";
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private final PartyScreening screening;
    private final IntentToDenyRepository notices;
    private final IntentResponseRepository responses;
    private final IntentWithdrawalRepository withdrawals;
    private final DenialAppealRepository appeals;
    private final DenialAppealDecisionRepository appealDecisions;
    private final Applications applications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final NoticeWindows noticeWindows;
    private final Positions positions;
    private final Clock clock;

    IntentsToDeny(IntentToDenyRepository notices, IntentResponseRepository responses,
            IntentWithdrawalRepository withdrawals, DenialAppealRepository appeals,
            DenialAppealDecisionRepository appealDecisions, Applications applications, AuditTrail audit,
            ApplicationEventPublisher events, NoticeWindows noticeWindows, PartyScreening screening,
            Positions positions, Clock clock) {
        this.noticeWindows = noticeWindows;
        this.positions = positions;
        this.notices = notices;
        this.responses = responses;
        this.withdrawals = withdrawals;
        this.appeals = appeals;
        this.appealDecisions = appealDecisions;
        this.applications = applications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.screening = screening;
    }

    /** A BIS licensing analyst notifies the applicant that BIS intends to deny. */
    @Transactional
    public IntentToDenyView issue(CurrentUser analyst, UUID applicationId, IntentToDenyRequest request) {
        ApplicationView application = applications.view(applicationId);
        if (application.status() != ApplicationStatus.IN_RECONCILIATION) {
            throw new ConflictException("Application " + application.controlNumber() + " is "
                    + application.status() + "; it is not awaiting BIS's decision");
        }
        positions.requireNoReturnBlock(applicationId, "issue an intent to deny");
        screening.requireAdjudicated(applicationId);
        IntentToDenyRequest notice = request == null ? new IntentToDenyRequest(null, null, null, null, null) : request;
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "statutoryBasis", notice.statutoryBasis(), "is required: the statute the denial "
                + "rests on, such as 50 U.S.C. 4813(a) (15 CFR 750.6(a)(2))");
        requireText(violations, "regulatoryBasis", notice.regulatoryBasis(), "is required: the section of the EAR "
                + "the denial rests on, such as 15 CFR 742.4(b)(1) (15 CFR 750.6(a)(2))");
        requireText(violations, "reasons", notice.reasons(), "is required: why BIS intends to deny");
        requireText(violations, "reconsideration", notice.reconsideration(),
                "is required: what changes would allow BIS to reconsider");
        requireText(violations, "contact", notice.contact(), "is required: whom the applicant may contact");
        limit(violations, "statutoryBasis", notice.statutoryBasis());
        limit(violations, "regulatoryBasis", notice.regulatoryBasis());
        limit(violations, "reasons", notice.reasons());
        limit(violations, "reconsideration", notice.reconsideration());
        limit(violations, "contact", notice.contact());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The notice is incomplete; nothing was recorded", violations);
        }
        IntentToDeny issued = notices.saveAndFlush(new IntentToDeny(UUID.randomUUID(), applicationId, notice,
                analyst.username(), analyst.agencyPath(), Instant.now(clock)));
        events.publishEvent(new CaseProgress.IntentToDenyIssued(applicationId, analyst));
        IntentToDenyView view = view(issued);
        audit.record(applicationId, analyst, "INTENT_TO_DENY_ISSUED", null, view);
        events.publishEvent(new IntentEvents.Issued(applicationId, analyst.username()));
        return view;
    }

    /** The applicant's written response, once, within 20 days of the notice. */
    @Transactional
    public IntentToDenyView respond(CurrentUser applicant, UUID applicationId, IntentRequests.Response request) {
        applications.viewForApplicant(applicant, applicationId);
        // one response: a copy arriving at the same moment waits here, then finds the response recorded
        applications.lockForChange(applicationId);
        IntentToDeny notice = pendingNotice(applicationId);
        if (today().isAfter(windows(notice).respondBy())) {
            throw new ConflictException("The time to respond ended on " + windows(notice).respondBy());
        }
        if (responses.existsById(notice.id())) {
            throw new ConflictException("The applicant has already responded to this notice");
        }
        String response = request == null ? null : request.response();
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "response", response);
        limit(violations, "response", response);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The response is empty; nothing was recorded", violations);
        }
        responses.saveAndFlush(new IntentRecords.Response(notice.id(), response.strip(), applicant.username(),
                Instant.now(clock)));
        IntentToDenyView view = view(notice);
        audit.record(applicationId, applicant, "INTENT_TO_DENY_ANSWERED", null, view.response());
        events.publishEvent(new IntentEvents.Answered(applicationId));
        return view;
    }

    /** BIS withdraws the notice (by day 45) and decides the case again. */
    @Transactional
    public IntentToDenyView withdraw(CurrentUser analyst, UUID applicationId, IntentRequests.Withdrawal request) {
        IntentToDeny notice = pendingNotice(applicationId);
        if (appeals.findByIntentId(notice.id()).isPresent()) {
            throw new ConflictException("The applicant has appealed; the Under Secretary decides now");
        }
        String rationale = request == null ? null : request.rationale();
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "rationale", rationale);
        limit(violations, "rationale", rationale);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The withdrawal needs its reasons; nothing was recorded", violations);
        }
        withdrawals.saveAndFlush(new IntentRecords.Withdrawal(notice.id(), rationale.strip(), analyst.username(),
                Instant.now(clock)));
        events.publishEvent(new CaseProgress.ReturnedToBis(applicationId, "intent to deny withdrawn", analyst));
        IntentToDenyView view = view(notice);
        audit.record(applicationId, analyst, "INTENT_TO_DENY_WITHDRAWN", null, view.withdrawal());
        events.publishEvent(new IntentEvents.Withdrawn(applicationId));
        return view;
    }

    /** The applicant appeals to the Under Secretary, within 45 days of the notice. */
    @Transactional
    public IntentToDenyView appeal(CurrentUser applicant, UUID applicationId, IntentRequests.Appeal request) {
        applications.viewForApplicant(applicant, applicationId);
        IntentToDeny notice = pendingNotice(applicationId);
        if (today().isAfter(windows(notice).appealBy())) {
            throw new ConflictException("The time to appeal ended on " + windows(notice).appealBy());
        }
        if (appeals.findByIntentId(notice.id()).isPresent()) {
            throw new ConflictException("This denial has already been appealed");
        }
        String statement = request == null ? null : request.statement();
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "statement", statement, "is required: the appeal states its grounds in writing");
        limit(violations, "statement", statement);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The appeal is incomplete; nothing was recorded", violations);
        }
        IntentRecords.Appeal appeal = appeals.saveAndFlush(new IntentRecords.Appeal(UUID.randomUUID(), notice.id(),
                applicationId, statement.strip(), Boolean.TRUE.equals(request.hearingRequested()),
                applicant.username(), Instant.now(clock)));
        IntentToDenyView view = view(notice);
        audit.record(applicationId, applicant, "DENIAL_APPEALED", null, view.appeal());
        events.publishEvent(new IntentEvents.Appealed(applicationId, appeal.id()));
        return view;
    }

    /** The case an applicant's appeal of a denial belongs to: for the access policy. */
    @Transactional(readOnly = true)
    public Optional<UUID> caseOfAppeal(UUID appealId) {
        return appeals.findById(appealId).map(IntentRecords.Appeal::applicationId);
    }

    /** An administrator records the Under Secretary's decision on the appeal, with its reasons. */
    @Transactional
    public IntentToDenyView decideAppeal(CurrentUser admin, UUID appealId, IntentRequests.AppealDecision request) {
        IntentRecords.Appeal appeal = appeals.findById(appealId)
                .orElseThrow(() -> new NotFoundException("Appeal", appealId));
        // one decision: a copy arriving at the same moment waits here, then finds the appeal decided
        applications.lockForChange(appeal.applicationId());
        if (appealDecisions.existsById(appealId)) {
            throw new ConflictException("The appeal has already been decided");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || request.outcome() == null) {
            violations.add(new FieldViolation("outcome", "is required: UPHELD or GRANTED"));
        }
        String rationale = request == null ? null : request.rationale();
        requireText(violations, "rationale", rationale);
        limit(violations, "rationale", rationale);
        if (request != null && request.hearingHeldOn() != null && request.hearingHeldOn().isAfter(today())) {
            violations.add(new FieldViolation("hearingHeldOn", "cannot be in the future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The decision is incomplete; nothing was recorded", violations);
        }
        appealDecisions.saveAndFlush(new IntentRecords.AppealDecision(appealId, request.outcome(), rationale.strip(),
                request.hearingHeldOn(), admin.username(), Instant.now(clock)));
        boolean granted = request.outcome() == DenialAppealOutcome.GRANTED;
        if (granted) {
            events.publishEvent(new CaseProgress.ReturnedToBis(appeal.applicationId(), "denial appeal granted",
                    admin));
        }
        IntentToDeny notice = notices.findById(appeal.intentId()).orElseThrow();
        IntentToDenyView view = view(notice);
        audit.record(appeal.applicationId(), admin, "DENIAL_APPEAL_DECIDED", null, view.appeal());
        events.publishEvent(new IntentEvents.AppealDecided(appeal.applicationId(), granted, admin.username()));
        return view;
    }

    /** The latest notice on the case with what followed it. */
    @Transactional(readOnly = true)
    public Optional<IntentToDenyView> latest(UUID applicationId) {
        return latestNotice(applicationId).map(this::view);
    }

    /** Those of the cases that were ever given a notice of intent to deny. */
    @Transactional(readOnly = true)
    public Set<UUID> noticedAmong(Collection<UUID> applicationIds) {
        return new HashSet<>(notices.applicationIdsAmong(applicationIds));
    }

    /** When the pending denial becomes final: the start of the 46th day after the notice. */
    @Transactional(readOnly = true)
    public Instant becomesFinalAt(UUID applicationId) {
        IntentToDeny notice = latestNotice(applicationId)
                .orElseThrow(() -> new ConflictException("The case has no notice of intent to deny"));
        return windows(notice).finalAfter().plusDays(1).atStartOfDay(EASTERN).toInstant();
    }

    Optional<IntentToDeny> latestNotice(UUID applicationId) {
        List<IntentToDeny> issued = notices.findByApplicationIdOrderByIssuedAtAsc(applicationId);
        return issued.isEmpty() ? Optional.empty() : Optional.of(issued.get(issued.size() - 1));
    }

    private IntentToDeny pendingNotice(UUID applicationId) {
        ApplicationView application = applications.view(applicationId);
        if (application.status() != ApplicationStatus.INTENT_TO_DENY) {
            throw new ConflictException("Application " + application.controlNumber() + " is "
                    + application.status() + "; no intent to deny is pending");
        }
        return latestNotice(applicationId).orElseThrow();
    }

    private IntentToDenyView.Windows windows(IntentToDeny notice) {
        LocalDate finalAfter = noticeWindows.finalAfter(notice.applicationId(), notice.issuedAt());
        return new IntentToDenyView.Windows(noticeWindows.respondBy(notice.applicationId(), notice.issuedAt()),
                finalAfter, finalAfter);
    }

    private IntentToDenyView view(IntentToDeny notice) {
        IntentToDenyView.Appeal appeal = appeals.findByIntentId(notice.id())
                .map(filed -> filed.view(appealDecisions.findById(filed.id()).orElse(null))).orElse(null);
        return notice.view(windows(notice), responses.findById(notice.id()).map(IntentRecords.Response::view)
                .orElse(null), withdrawals.findById(notice.id()).map(IntentRecords.Withdrawal::view).orElse(null),
                appeal);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), EASTERN);
    }
}
