package gov.clearance.deadline;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicantResponded;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.position.Positions;
import gov.clearance.referral.BisReviewRecorded;
import gov.clearance.referral.BisReviewView;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.referral.ReviewAction;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import gov.clearance.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds without action (15 CFR 750.4(b)): placing and ending them, the applicant's answer to proposed conditions
 * and an agency's request for missing information. Each change publishes {@link HoldsChanged}: every later
 * deadline of the case moves with it.
 */
@Service
public class Holds {

    /** An agency's request for missing information stops the clock only within this many days of referral. */
    static final int AGENCY_REQUEST_DAYS = 10;

    /** A pre-license check stops the clock only if requested within this many days of the need arising. */
    static final int PRE_LICENSE_CHECK_DAYS = 5;

    private final HoldRepository holds;
    private final HoldReleaseRepository releases;
    private final CaseClocks clocks;
    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Holds(HoldRepository holds, HoldReleaseRepository releases, CaseClocks clocks, Applications applications,
            Referrals referrals, Positions positions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.holds = holds;
        this.releases = releases;
        this.clocks = clocks;
        this.applications = applications;
        this.referrals = referrals;
        this.positions = positions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

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
        if (clocks.holdsOf(applicationId).stream().anyMatch(hold -> hold.running() && hold.reason() == request.reason())) {
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
        if (releases.existsById(holdId)) {
            throw new ConflictException("This hold has already ended");
        }
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
        return clocks.holdsOf(applicationId).stream()
                .filter(hold -> hold.reason() == HoldReason.CONDITIONS_ACCEPTANCE && hold.running()).findFirst();
    }

    /**
     * A referred agency tells BIS what it lacks. Within 10 days of referral this holds the case until
     * BIS releases it; later, it is recorded and flagged as late, and the clock runs on. One request runs at a
     * time on a referral: while it does, another (or a copy sent at the same moment) is refused with 409.
     */
    @Transactional
    public HoldView requestMissingInformation(CurrentUser reviewer, UUID referralId, MissingInformationRequest request) {
        ReferralView referral = referrals.referral(referralId);
        // one open request per referral: a copy arriving at the same moment waits here, then finds this one's hold
        applications.lockForChange(referral.applicationId());
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
        if (clocks.holdsOf(referral.applicationId()).stream().anyMatch(hold -> hold.running()
                && hold.reason() == HoldReason.AGENCY_INFORMATION && referralId.equals(hold.referralId()))) {
            throw new ConflictException(referral.agency() + " already awaits missing information on this referral; "
                    + "BIS answers it by releasing that hold");
        }
        ProcessingClock processing = clocks.clockOf(application.registeredAt(), clocks.holdsOf(application.id()));
        boolean timely = processing.dayOn(processing.today())
                - processing.dayOn(DeadlineRules.date(referral.referredAt()))
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
        events.publishEvent(new HoldsChanged(applicationId, clocks.onHold(applicationId)));
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
        events.publishEvent(new HoldsChanged(hold.applicationId(), clocks.onHold(hold.applicationId())));
        return after;
    }

    private ApplicationView openCase(UUID applicationId) {
        ApplicationView application = applications.view(applicationId);
        if (application.status() == ApplicationStatus.CLOSED) {
            throw new ConflictException("Application " + application.controlNumber() + " is closed");
        }
        return application;
    }

    private LocalDate today() {
        return DeadlineRules.date(Instant.now(clock));
    }
}
