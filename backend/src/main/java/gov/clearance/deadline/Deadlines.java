package gov.clearance.deadline;

import gov.clearance.audit.AuditTrail;
import gov.clearance.decision.AppealView;
import gov.clearance.decision.DecisionView;
import gov.clearance.decision.Decisions;
import gov.clearance.decision.EscalationLadder;
import gov.clearance.decision.EscalationLevel;
import gov.clearance.decision.IntentToDenyView;
import gov.clearance.decision.IntentsToDeny;
import gov.clearance.decision.NoticeWindows;
import gov.clearance.decision.LadderView;
import gov.clearance.decision.RulingView;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicantResponded;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Outcome;
import gov.clearance.intake.Applications;
import gov.clearance.position.PositionType;
import gov.clearance.position.PositionView;
import gov.clearance.position.Positions;
import gov.clearance.reconciliation.Reconciliations;
import gov.clearance.referral.BisReviewRecorded;
import gov.clearance.referral.BisReviewView;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.referral.ReviewAction;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import gov.clearance.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processing clock of every case, its holds and its deadlines. Deadlines are counted in processing
 * days, so every hold moves every later deadline by its exact length.
 */
@Service
public class Deadlines implements NoticeWindows {

    /** Days are calendar days in US Eastern time. */
    public static final ZoneId EASTERN = ZoneId.of("America/New_York");

    /** An agency's request for missing information stops the clock only within this many days of referral. */
    static final int AGENCY_REQUEST_DAYS = 10;

    /** A pre-license check stops the clock only if requested within this many days of the need arising. */
    static final int PRE_LICENSE_CHECK_DAYS = 5;

    private final HoldRepository holds;
    private final HoldReleaseRepository releases;
    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final Reconciliations reconciliations;
    private final Decisions decisions;
    private final EscalationLadder escalation;
    private final IntentsToDeny intents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deadlines(HoldRepository holds, HoldReleaseRepository releases, Applications applications, Referrals referrals,
            Positions positions, Reconciliations reconciliations, Decisions decisions, EscalationLadder escalation,
            IntentsToDeny intents, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.escalation = escalation;
        this.intents = intents;
        this.holds = holds;
        this.releases = releases;
        this.applications = applications;
        this.referrals = referrals;
        this.positions = positions;
        this.reconciliations = reconciliations;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading the clock

    /** How many cases are read together when the deadlines of many are counted. */
    private static final int READ_TOGETHER = 1000;

    /** The clock, the holds and every deadline of a registered case. */
    @Transactional(readOnly = true)
    public CaseClockView clockOf(UUID applicationId) {
        ApplicationView application = applications.view(applicationId);
        List<HoldView> caseHolds = holdsOf(applicationId);
        ProcessingClock processing = clock(application, caseHolds);
        return new CaseClockView(processing.registeredOn(), processing.today(), processing.elapsedDays(),
                processing.heldDays(), processing.dayOn(processing.today()), processing.onHold(), caseHolds,
                deadlines(facts(application), processing));
    }

    /**
     * Every deadline of many registered cases, as {@link #clockOf} counts them for each, with what they are
     * counted from read for all the cases together instead of case by case.
     *
     * @throws NotFoundException if one of the cases is not a registered application
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<DeadlineView>> deadlinesOf(Collection<UUID> applicationIds) {
        Map<UUID, ApplicationView> found = applications.views(applicationIds);
        for (UUID id : applicationIds) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("Application", id);
            }
        }
        Map<UUID, List<DeadlineView>> deadlines = new HashMap<>();
        List<ApplicationView> cases = List.copyOf(found.values());
        for (int from = 0; from < cases.size(); from += READ_TOGETHER) {
            forEachCase(cases.subList(from, Math.min(cases.size(), from + READ_TOGETHER)),
                    (facts, processing) -> deadlines.put(facts.application().id(), deadlines(facts, processing)));
        }
        return deadlines;
    }

    /**
     * The agency deadlines alone of many registered cases, counted as {@link #deadlinesOf} counts them, for
     * lists that show nothing else (an agency's review tasks): only the cases, their holds and their referrals
     * are read. Whether a position met a deadline is not read, so none is shown as met.
     *
     * @throws NotFoundException if one of the cases is not a registered application
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<DeadlineView>> agencyDeadlinesOf(Collection<UUID> applicationIds) {
        Map<UUID, ApplicationView> found = applications.views(applicationIds);
        for (UUID id : applicationIds) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("Application", id);
            }
        }
        Map<UUID, List<DeadlineView>> deadlines = new HashMap<>();
        List<ApplicationView> cases = List.copyOf(found.values());
        for (int from = 0; from < cases.size(); from += READ_TOGETHER) {
            List<ApplicationView> batch = cases.subList(from, Math.min(cases.size(), from + READ_TOGETHER));
            List<UUID> ids = batch.stream().map(ApplicationView::id).toList();
            Map<UUID, List<HoldView>> caseHolds = holdsOf(ids);
            Map<UUID, List<ReferralView>> referred = referrals.referralsOf(ids);
            for (ApplicationView application : batch) {
                UUID id = application.id();
                deadlines.put(id, agencyReviews(clock(application, caseHolds.getOrDefault(id, List.of())),
                        referred.getOrDefault(id, List.of()), List.of()));
            }
        }
        return deadlines;
    }

    /** Whether a hold stops the case's clock now. */
    @Transactional(readOnly = true)
    public boolean onHold(UUID applicationId) {
        return holdsOf(applicationId).stream().anyMatch(hold -> hold.running() && hold.stopsClock());
    }

    /**
     * When a deadline of the case passes, as things stand: empty while the case is on hold (the
     * deadline does not advance), or when the case has no such deadline.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> dueBy(UUID applicationId, DeadlineKind kind, String agency) {
        ApplicationView application = applications.view(applicationId);
        List<HoldView> caseHolds = holdsOf(applicationId);
        ProcessingClock processing = clock(application, caseHolds);
        if (processing.onHold()) {
            return Optional.empty();
        }
        if (kind == DeadlineKind.AGENCY_REVIEW) {
            // counted from the agency's referral alone, as deadlines() counts it: the engine asks for each
            // agency's timer when a case is referred, so the rest of the case is not read for it
            return latest(agencyReviews(processing, referrals.referralsOf(applicationId), List.of()), kind, agency)
                    .map(DeadlineView::dueBy);
        }
        return latest(deadlines(facts(application), processing), kind, agency).map(DeadlineView::dueBy);
    }

    /** The last deadline of the kind (for the agency, when given) among a case's deadlines. */
    public static Optional<DeadlineView> latest(List<DeadlineView> deadlines, DeadlineKind kind, String agency) {
        return deadlines.stream()
                .filter(deadline -> deadline.kind() == kind && (agency == null || agency.equals(deadline.agency())))
                .reduce((earlier, later) -> later);
    }

    /** Open cases with a deadline that passed unmet, most overdue first: for analysts and administrators. */
    @Transactional(readOnly = true)
    public List<OverdueCase> overdue(CurrentUser staff) {
        if (!staff.hasAny(Role.ANALYST, Role.ADMIN)) {
            throw new ForbiddenException("The overdue list is for licensing analysts and administrators");
        }
        List<OverdueCase> overdue = new ArrayList<>();
        List<ApplicationView> open = applications.openCases();
        for (int from = 0; from < open.size(); from += READ_TOGETHER) {
            forEachCase(open.subList(from, Math.min(open.size(), from + READ_TOGETHER)), (facts, processing) -> {
                ApplicationView application = facts.application();
                int today = processing.dayOn(processing.today());
                deadlines(facts, processing).stream().filter(DeadlineView::overdue)
                        .forEach(deadline -> overdue.add(new OverdueCase(application.id(),
                                application.controlNumber(), today, deadline)));
            });
        }
        overdue.sort(Comparator.comparing((OverdueCase o) -> o.deadline().dueBy()));
        return overdue;
    }

    /**
     * What a case's deadlines are counted from. The escalation ladder and the notice of intent to deny are
     * read only for cases that were disputed or given a notice, which few are.
     */
    private record CaseFacts(ApplicationView application, List<BisReviewView> reviews, List<ReferralView> referrals,
            List<PositionView> positions, DecisionView decision, boolean disputed, boolean noticed) {
    }

    private CaseFacts facts(ApplicationView application) {
        UUID id = application.id();
        return new CaseFacts(application, referrals.reviewsOf(id), referrals.referralsOf(id), positions.positionsOf(id),
                decisions.decisionOf(id).orElse(null), reconciliations.wasDisputed(id), true);
    }

    /** The facts and the clock of each of the cases, each kind of fact read for all of them in one query. */
    private void forEachCase(List<ApplicationView> cases, BiConsumer<CaseFacts, ProcessingClock> action) {
        List<UUID> ids = cases.stream().map(ApplicationView::id).toList();
        Map<UUID, List<HoldView>> caseHolds = holdsOf(ids);
        Map<UUID, List<BisReviewView>> reviews = referrals.reviewsOf(ids);
        Map<UUID, List<ReferralView>> referred = referrals.referralsOf(ids);
        Map<UUID, List<PositionView>> recorded = positions.positionsOf(ids);
        Map<UUID, DecisionView> decided = decisions.decisionsOf(ids);
        Set<UUID> disputed = reconciliations.disputedAmong(ids);
        Set<UUID> noticed = intents.noticedAmong(ids);
        for (ApplicationView application : cases) {
            UUID id = application.id();
            CaseFacts facts = new CaseFacts(application, reviews.getOrDefault(id, List.of()),
                    referred.getOrDefault(id, List.of()), recorded.getOrDefault(id, List.of()), decided.get(id),
                    disputed.contains(id), noticed.contains(id));
            action.accept(facts, clock(application, caseHolds.getOrDefault(id, List.of())));
        }
    }

    private ProcessingClock clock(ApplicationView application, List<HoldView> caseHolds) {
        List<ProcessingClock.HeldSpan> spans = caseHolds.stream().filter(HoldView::stopsClock)
                .map(hold -> new ProcessingClock.HeldSpan(date(hold.startedAt()),
                        hold.releasedAt() == null ? null : date(hold.releasedAt())))
                .toList();
        return new ProcessingClock(date(application.registeredAt()), date(Instant.now(clock)), spans);
    }

    private List<DeadlineView> deadlines(CaseFacts facts, ProcessingClock processing) {
        ApplicationView application = facts.application();
        UUID id = application.id();
        List<DeadlineView> found = new ArrayList<>();
        // A question to the applicant stops the clock but does not meet the 9 days of 750.4(c): BIS still
        // acts (refers, returns or decides) by processing day 9, which the days on hold move later.
        Instant firstAction = facts.reviews().stream()
                .filter(review -> review.action() != ReviewAction.REQUEST_INFORMATION)
                .map(BisReviewView::reviewedAt).min(Comparator.naturalOrder()).orElse(null);
        found.add(deadline(processing, DeadlineKind.BIS_REVIEW, null, DeadlineKind.BIS_REVIEW.days(), firstAction));

        List<DeadlineView> agencyReviews = agencyReviews(processing, facts.referrals(), facts.positions());
        found.addAll(agencyReviews);
        int lastAgencyDay = agencyReviews.stream().mapToInt(DeadlineView::processingDay).max().orElse(0);

        DecisionView decision = facts.decision();
        Instant referredToPresident = null;
        if (facts.disputed()) {
            LadderView ladder = escalation.ladderOf(id);
            Instant committee = ladder.rulings().stream()
                    .filter(ruling -> ruling.level() == EscalationLevel.OPERATING_COMMITTEE)
                    .map(RulingView::ruledAt).findFirst().orElse(null);
            found.add(deadline(processing, DeadlineKind.OPERATING_COMMITTEE, null,
                    lastAgencyDay + DeadlineKind.OPERATING_COMMITTEE.days(), committee));
            for (RulingView ruling : ladder.rulings()) {
                if (ruling.level().next().isEmpty()) {
                    continue;
                }
                EscalationLevel next = ruling.level().next().get();
                Instant closed = ladder.appeals().stream().filter(appeal -> appeal.toLevel() == next)
                        .map(AppealView::filedAt).findFirst()
                        .orElse(decision == null ? null : decision.decidedAt());
                found.add(deadline(processing, DeadlineKind.APPEAL_WINDOW, null,
                        processing.dayOn(date(ruling.ruledAt())) + DeadlineKind.APPEAL_WINDOW.days(), closed,
                        "a dissenting agency may appeal the " + ruling.level() + " ruling to " + next));
            }
            ladderDenialNotice(id, ladder, processing).ifPresent(found::add);
            for (AppealView appeal : ladder.appeals()) {
                if (appeal.toLevel() == EscalationLevel.PRESIDENT) {
                    referredToPresident = appeal.filedAt();
                    continue;
                }
                Instant ruled = ladder.rulings().stream().filter(ruling -> ruling.level() == appeal.toLevel())
                        .map(RulingView::ruledAt).findFirst().orElse(null);
                found.add(deadline(processing, DeadlineKind.BOARD, null,
                        processing.dayOn(date(appeal.filedAt())) + DeadlineKind.BOARD.days(), ruled,
                        appeal.toLevel() + " rules on " + appeal.agency() + "'s appeal"));
            }
        }
        IntentToDenyView intent = !facts.noticed() ? null
                : intents.latest(id).filter(notice -> notice.withdrawal() == null).orElse(null);
        if (intent != null) {
            int noticeDay = processing.dayOn(date(intent.issuedAt()));
            found.add(deadline(processing, DeadlineKind.INTENT_RESPONSE, null,
                    noticeDay + DeadlineKind.INTENT_RESPONSE.days(),
                    intent.response() == null ? null : intent.response().respondedAt()));
            found.add(deadline(processing, DeadlineKind.INTENT_FINAL, null,
                    noticeDay + DeadlineKind.INTENT_FINAL.days(), decision == null ? null : decision.decidedAt()));
        }
        Instant resolved = referredToPresident != null ? referredToPresident
                : decision != null ? decision.decidedAt()
                : application.status() == ApplicationStatus.CLOSED ? application.updatedAt() : null;
        found.add(deadline(processing, DeadlineKind.RESOLUTION, null, DeadlineKind.RESOLUTION.days(), resolved));
        return found;
    }

    /** Each referral's agency deadline, met by the agency's position on it. */
    private List<DeadlineView> agencyReviews(ProcessingClock processing, List<ReferralView> referred,
            List<PositionView> recorded) {
        Map<UUID, PositionView> positionByReferral = recorded.stream()
                .collect(Collectors.toMap(PositionView::referralId, Function.identity(), (a, b) -> a));
        List<DeadlineView> found = new ArrayList<>();
        for (ReferralView referral : referred) {
            int day = processing.dayOn(date(referral.referredAt())) + DeadlineKind.AGENCY_REVIEW.days();
            PositionView position = positionByReferral.get(referral.id());
            found.add(deadline(processing, DeadlineKind.AGENCY_REVIEW, referral.agency(), day,
                    position == null ? null : position.recordedAt(),
                    position != null && position.type() == PositionType.DEEMED_NO_OBJECTION,
                    DeadlineKind.AGENCY_REVIEW.what()));
        }
        return found;
    }

    /**
     * The 5 days of 750.6(a) for BIS's notice of a denial reached on the ladder: once the standing ruling denies and
     * can no longer be appealed (no appeal to the next level, and its window has closed or there is no next level).
     */
    private Optional<DeadlineView> ladderDenialNotice(UUID id, LadderView ladder, ProcessingClock processing) {
        RulingView standing = ladder.rulings().stream().max(Comparator.comparing(RulingView::ruledAt)).orElse(null);
        if (standing == null || standing.outcome() != Outcome.DENIED) {
            return Optional.empty();
        }
        Optional<EscalationLevel> next = standing.level().next();
        if (next.isPresent() && ladder.appeals().stream().anyMatch(appeal -> appeal.toLevel() == next.get())) {
            return Optional.empty();
        }
        int standsOn = processing.dayOn(date(standing.ruledAt()))
                + (next.isPresent() ? DeadlineKind.APPEAL_WINDOW.days() : 0);
        if (processing.dateOfDay(standsOn).isAfter(date(Instant.now(clock)))) {
            return Optional.empty(); // still open to appeal: no denial yet
        }
        Instant noticed = intents.latest(id).map(IntentToDenyView::issuedAt)
                .filter(issued -> issued.isAfter(standing.ruledAt())).orElse(null);
        return Optional.of(deadline(processing, DeadlineKind.LADDER_DENIAL_NOTICE, null,
                standsOn + DeadlineKind.LADDER_DENIAL_NOTICE.days(), noticed));
    }

    private DeadlineView deadline(ProcessingClock processing, DeadlineKind kind, String agency, int day, Instant metAt) {
        return deadline(processing, kind, agency, day, metAt, kind.what());
    }

    private DeadlineView deadline(ProcessingClock processing, DeadlineKind kind, String agency, int day, Instant metAt,
            String what) {
        return deadline(processing, kind, agency, day, metAt, false, what);
    }

    /**
     * A deadline met by the system is met, whenever the system recorded it: an agency's deadline answered by
     * the deemed no-objection of 750.4(e) is recorded just after the deadline passes, by design.
     */
    private DeadlineView deadline(ProcessingClock processing, DeadlineKind kind, String agency, int day, Instant metAt,
            boolean metBySystem, String what) {
        LocalDate dueOn = processing.dateOfDay(day);
        Instant dueBy = dueOn.plusDays(1).atStartOfDay(EASTERN).toInstant();
        boolean overdue = kind.duty() && !metBySystem
                && (metAt == null ? !Instant.now(clock).isBefore(dueBy) : !metAt.isBefore(dueBy));
        return new DeadlineView(kind, what, agency, day, dueOn, dueBy, metAt, metBySystem, overdue);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate respondBy(UUID applicationId, Instant noticedAt) {
        return dateAfterNotice(applicationId, noticedAt, DeadlineKind.INTENT_RESPONSE);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate finalAfter(UUID applicationId, Instant noticedAt) {
        return dateAfterNotice(applicationId, noticedAt, DeadlineKind.INTENT_FINAL);
    }

    private LocalDate dateAfterNotice(UUID applicationId, Instant noticedAt, DeadlineKind kind) {
        ProcessingClock processing = clock(applications.view(applicationId), holdsOf(applicationId));
        return processing.dateOfDay(processing.dayOn(date(noticedAt)) + kind.days());
    }

    // ---------------------------------------------------------------- holds

    /** A licensing analyst holds the case without action for one of the reasons of 750.4(b). */
    @Transactional
    public HoldView hold(CurrentUser analyst, UUID applicationId, HoldRequest request) {
        // one running hold per reason: a copy of this request arriving at the same moment waits here, then sees
        // the hold this one started
        applications.lockForChange(applicationId);
        ApplicationView application = openCase(applicationId);
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || request.reason() == null || !request.reason().placedByAnalyst()) {
            violations.add(new FieldViolation("reason", "is required: one of " + java.util.Arrays
                    .stream(HoldReason.values()).filter(HoldReason::placedByAnalyst).map(Enum::name).toList()));
        }
        String why = request == null ? null : request.why();
        TextRules.requireText(violations, "why", why);
        TextRules.limit(violations, "why", why);
        boolean stopsClock = true;
        if (request != null && request.reason() == HoldReason.PRE_LICENSE_CHECK) {
            if (request.needAroseOn() == null) {
                violations.add(new FieldViolation("needAroseOn", "is required for a pre-license check"));
            } else if (request.needAroseOn().isAfter(today())) {
                violations.add(new FieldViolation("needAroseOn", "cannot be in the future"));
            } else {
                stopsClock = ChronoUnit.DAYS.between(request.needAroseOn(), today()) <= PRE_LICENSE_CHECK_DAYS;
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The hold is invalid", violations);
        }
        if (holdsOf(applicationId).stream().anyMatch(hold -> hold.running() && hold.reason() == request.reason())) {
            throw new ConflictException("Application " + application.controlNumber() + " is already held for "
                    + request.reason());
        }
        return start(analyst, applicationId, null, request.reason(), why.strip(), stopsClock, !stopsClock);
    }

    /** The case a hold belongs to: for the access policy. */
    @Transactional(readOnly = true)
    public Optional<UUID> caseOfHold(UUID holdId) {
        return holds.findById(holdId).map(Hold::applicationId);
    }

    /** Ends a running hold; the clock runs again from today. */
    @Transactional
    public HoldView release(CurrentUser analyst, UUID holdId, HoldReleaseRequest request) {
        Hold hold = holds.findById(holdId).orElseThrow(() -> new NotFoundException("Hold", holdId));
        // one release: a copy arriving at the same moment waits here, then finds the hold ended
        applications.lockForChange(hold.applicationId());
        String note = request == null ? null : request.note();
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText(violations, "note", note, "is required: say what ended the hold");
        TextRules.limit(violations, "note", note);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The release is invalid", violations);
        }
        return end(analyst, hold, note.strip());
    }

    /** The conditions BIS asks the applicant to accept, while it holds the case for the answer. */
    @Transactional(readOnly = true)
    public Optional<ProposedConditions> proposedConditions(UUID applicationId) {
        return runningConditionsHold(applicationId).map(hold -> new ProposedConditions(hold.id(), hold.why(),
                hold.startedAt()));
    }

    /**
     * The applicant accepts or declines the conditions BIS proposed; either way the hold ends and the clock
     * runs again, with the answer kept as the hold's release note and in the audit trail.
     */
    @Transactional
    public HoldView answerProposedConditions(CurrentUser applicant, UUID applicationId, ConditionsAnswer answer) {
        applications.viewForApplicant(applicant, applicationId);
        // one answer: a copy arriving at the same moment waits here, then finds the hold released
        applications.lockForChange(applicationId);
        Hold hold = holds.findByApplicationIdOrderByStartedAtAscIdAsc(applicationId).stream()
                .filter(candidate -> candidate.reason() == HoldReason.CONDITIONS_ACCEPTANCE
                        && !releases.existsById(candidate.id()))
                .findFirst().orElseThrow(() -> new ConflictException("BIS proposes no conditions awaiting an answer"));
        Boolean accepted = answer == null ? null : answer.accepted();
        String note = answer == null ? null : answer.note();
        List<FieldViolation> violations = new ArrayList<>();
        if (accepted == null) {
            violations.add(new FieldViolation("accepted", "is required: true to accept the conditions, false to decline"));
        } else if (!accepted) {
            TextRules.requireText(violations, "note", note, "is required when declining: say why");
        }
        TextRules.limit(violations, "note", note);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The answer is incomplete; nothing was recorded", violations);
        }
        String text = (accepted ? "Conditions accepted by the applicant" : "Conditions declined by the applicant")
                + (note == null || note.isBlank() ? "" : ": " + note.strip());
        HoldView ended = end(applicant, hold, text);
        audit.record(applicationId, applicant, accepted ? "CONDITIONS_ACCEPTED" : "CONDITIONS_DECLINED",
                Map.of("conditions", ended.why()), Map.of("answer", text));
        return ended;
    }

    private Optional<HoldView> runningConditionsHold(UUID applicationId) {
        return holdsOf(applicationId).stream()
                .filter(hold -> hold.reason() == HoldReason.CONDITIONS_ACCEPTANCE && hold.running()).findFirst();
    }

    /**
     * A referred agency tells BIS what it lacks. Within 10 days of referral this holds the case until
     * BIS releases it; later, it is recorded and flagged as late, and the clock runs on.
     */
    @Transactional
    public HoldView requestMissingInformation(CurrentUser reviewer, UUID referralId, MissingInformationRequest request) {
        ReferralView referral = referrals.referral(referralId);
        if (positions.hasPosition(referralId)) {
            throw new ConflictException(referral.agency() + " has already recorded its position on this referral");
        }
        String missing = request == null ? null : request.missing();
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText(violations, "missing", missing, "is required: say what information is missing");
        TextRules.limit(violations, "missing", missing);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The request is invalid", violations);
        }
        ApplicationView application = openCase(referral.applicationId());
        ProcessingClock processing = clock(application, holdsOf(application.id()));
        boolean timely = processing.dayOn(processing.today()) - processing.dayOn(date(referral.referredAt()))
                <= AGENCY_REQUEST_DAYS;
        return start(reviewer, application.id(), referralId, HoldReason.AGENCY_INFORMATION, missing.strip(), timely,
                !timely);
    }

    @EventListener
    void on(BisReviewRecorded review) {
        if (review.action() == ReviewAction.REQUEST_INFORMATION) {
            BisReviewView recorded = referrals.latestReview(review.applicationId()).orElseThrow();
            CurrentUser analyst = new CurrentUser(recorded.reviewedBy(), recorded.reviewedBy(), Set.of(Role.ANALYST),
                    Referrals.LICENSING_AGENCY, null, null);
            start(analyst, review.applicationId(), null, HoldReason.APPLICANT_INFORMATION,
                    "Awaiting the applicant's answer (by " + recorded.respondBy() + "): " + recorded.question(), true,
                    false);
        } else if (review.whileAwaitingApplicant()) {
            for (Hold hold : holds.findByApplicationIdOrderByStartedAtAscIdAsc(review.applicationId())) {
                if (hold.reason() == HoldReason.APPLICANT_INFORMATION && !releases.existsById(hold.id())) {
                    end(CurrentUser.system(), hold, "BIS returned the application without action unanswered");
                }
            }
        }
    }

    @EventListener
    void on(ApplicantResponded responded) {
        ApplicationView application = applications.view(responded.applicationId());
        if (application.status() == ApplicationStatus.AWAITING_APPLICANT) {
            return; // other questions are still open
        }
        for (Hold hold : holds.findByApplicationIdOrderByStartedAtAscIdAsc(responded.applicationId())) {
            if (hold.reason() == HoldReason.APPLICANT_INFORMATION && !releases.existsById(hold.id())) {
                end(CurrentUser.system(), hold, "The applicant answered");
            }
        }
    }

    private HoldView start(CurrentUser by, UUID applicationId, UUID referralId, HoldReason reason, String why,
            boolean stopsClock, boolean late) {
        Hold hold = holds.saveAndFlush(new Hold(UUID.randomUUID(), applicationId, referralId, reason, why, stopsClock,
                late, Instant.now(clock), by.username(), by.agencyPath()));
        HoldView view = hold.view(null);
        audit.record(applicationId, by, stopsClock ? "HOLD_STARTED" : "LATE_REQUEST_RECORDED", null, view);
        events.publishEvent(new HoldsChanged(applicationId, onHold(applicationId)));
        return view;
    }

    private HoldView end(CurrentUser by, Hold hold, String note) {
        if (releases.existsById(hold.id())) {
            throw new ConflictException("This hold has already ended");
        }
        HoldView before = hold.view(null);
        HoldRelease release = releases.saveAndFlush(new HoldRelease(hold.id(), Instant.now(clock), by.username(),
                by.agencyPath(), note));
        HoldView after = hold.view(release);
        audit.record(hold.applicationId(), by, "HOLD_RELEASED", before, after);
        events.publishEvent(new HoldsChanged(hold.applicationId(), onHold(hold.applicationId())));
        return after;
    }

    private Map<UUID, List<HoldView>> holdsOf(Collection<UUID> applicationIds) {
        List<Hold> caseHolds = holds.findByApplicationIdInOrderByStartedAtAscIdAsc(applicationIds);
        Map<UUID, HoldRelease> released = caseHolds.isEmpty() ? Map.of()
                : releases.findByHoldIdIn(caseHolds.stream().map(Hold::id).toList()).stream()
                        .collect(Collectors.toMap(HoldRelease::holdId, Function.identity()));
        return caseHolds.stream().collect(Collectors.groupingBy(Hold::applicationId,
                Collectors.mapping(hold -> hold.view(released.get(hold.id())), Collectors.toList())));
    }

    private List<HoldView> holdsOf(UUID applicationId) {
        List<Hold> caseHolds = holds.findByApplicationIdOrderByStartedAtAscIdAsc(applicationId);
        Map<UUID, HoldRelease> released = releases.findByHoldIdIn(caseHolds.stream().map(Hold::id).toList()).stream()
                .collect(Collectors.toMap(HoldRelease::holdId, Function.identity()));
        return caseHolds.stream().map(hold -> hold.view(released.get(hold.id()))).toList();
    }

    private ApplicationView openCase(UUID applicationId) {
        ApplicationView application = applications.view(applicationId);
        if (application.status() == ApplicationStatus.CLOSED) {
            throw new ConflictException("Application " + application.controlNumber() + " is closed");
        }
        return application;
    }

    private LocalDate today() {
        return date(Instant.now(clock));
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, EASTERN);
    }
}
