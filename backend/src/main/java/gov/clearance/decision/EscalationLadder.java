package gov.clearance.decision;

import gov.clearance.screening.PartyScreening;
import static gov.clearance.shared.TextRules.limit;
import static gov.clearance.shared.TextRules.requireText;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.intake.Outcome;
import gov.clearance.position.PositionType;
import gov.clearance.position.PositionView;
import gov.clearance.position.Positions;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.CaseCondition;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladder of a disputed case (Executive Order 12981): the Operating Committee chair
 * rules; within 5 days a dissenting agency may appeal in writing, signed by a Senate-confirmed official
 * and citing both bases, to ACEP, whose member agencies vote within 11 days (a majority wins, a tie
 * keeps the ruling appealed); the same again to EARB; then to the President, whose decision is
 * recorded. A ruling nobody appeals in time becomes the decision. The windows are the process's timers.
 * Only an agency seated for the case on the body that ruled, and on the board appealed to, appeals, and
 * only seated agencies vote and are counted ({@link BoardMembership}: Justice only for encryption exports).
 */
@Service
public class EscalationLadder {

    private static final Set<Outcome> RULINGS = Set.of(Outcome.APPROVED, Outcome.APPROVED_WITH_CONDITIONS,
            Outcome.DENIED);

    private final PartyScreening screening;
    private final RulingRepository rulings;
    private final AppealRepository appeals;
    private final BoardVoteRepository votes;
    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final BoardTally tally;
    private final BoardMembership membership;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalationLadder(RulingRepository rulings, AppealRepository appeals, BoardVoteRepository votes,
            Applications applications, Referrals referrals, Positions positions, BoardTally tally,
            BoardMembership membership, AuditTrail audit, ApplicationEventPublisher events, PartyScreening screening,
            Clock clock) {
        this.rulings = rulings;
        this.appeals = appeals;
        this.votes = votes;
        this.applications = applications;
        this.referrals = referrals;
        this.positions = positions;
        this.tally = tally;
        this.membership = membership;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.screening = screening;
    }

    /** The Operating Committee chair's ruling, or the President's decision recorded by an administrator. */
    @Transactional
    public RulingView rule(CurrentUser user, UUID applicationId, RulingRequest request) {
        ApplicationView application = disputed(applicationId);
        EscalationLevel level = awaitedPersonalRuling(applicationId)
                .orElseThrow(() -> new ConflictException("Application " + application.controlNumber()
                        + " awaits no ruling from a person now"));
        // both may rule (the access policy); which of them the case awaits now is the case's state: 409
        if (level == EscalationLevel.OPERATING_COMMITTEE && !user.has(Role.OC_CHAIR)) {
            throw new ConflictException("Application " + application.controlNumber()
                    + " awaits the Operating Committee chair's ruling, not the President's decision");
        }
        if (level == EscalationLevel.PRESIDENT && !user.has(Role.ADMIN)) {
            throw new ConflictException("Application " + application.controlNumber()
                    + " awaits the President's decision, which an administrator records");
        }
        screening.requireAdjudicated(applicationId);
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || request.outcome() == null || !RULINGS.contains(request.outcome())) {
            violations.add(new FieldViolation("outcome", "is required: APPROVED, APPROVED_WITH_CONDITIONS or DENIED"));
        }
        String rationale = request == null ? null : request.rationale();
        requireText(violations, "rationale", rationale);
        limit(violations, "rationale", rationale);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The ruling is incomplete; nothing was recorded", violations);
        }
        return record(applicationId, level, request.outcome(), rationale.strip(), user.username(), user.agencyPath());
    }

    /** A dissenting agency appeals the standing ruling to the next rung. */
    @Transactional
    public AppealView appeal(CurrentUser user, UUID applicationId, AppealRequest request) {
        BoardMembership.Ladder seats = membership.ladderOf(applicationId);
        seats.requireSeatOnAnyBody(user.agency(), "appeal on this case");
        ApplicationView application = disputed(applicationId);
        RulingView standing = standingRuling(applicationId).orElseThrow(() -> new ConflictException(
                "Application " + application.controlNumber() + " has no ruling to appeal yet"));
        EscalationLevel next = standing.level().next().orElseThrow(() -> new ConflictException(
                "The President's decision cannot be appealed"));
        // it dissents from a body it sits on (750.4(f)), and appeals to a board it sits on
        seats.requireSeat(user.agency(), standing.level(),
                "appeal the " + BoardMembership.name(standing.level()) + "'s ruling");
        if (next.isBoard()) {
            seats.requireSeat(user.agency(), next, "appeal to it");
        }
        if (appeals.findByApplicationIdOrderByFiledAtAscIdAsc(applicationId).stream()
                .anyMatch(appeal -> appeal.toLevel() == next)) {
            throw new ConflictException("The " + standing.level() + " ruling has already been appealed to " + next);
        }
        if (!dissents(applicationId, user.agency(), standing.outcome())) {
            throw new ForbiddenException(user.agency() + " did not dissent from the " + standing.level()
                    + " ruling (" + standing.outcome() + "), so it cannot appeal it");
        }
        List<FieldViolation> violations = new ArrayList<>();
        AppealRequest appeal = request == null ? new AppealRequest(null, null, null, null, null, null) : request;
        requireText(violations, "signatoryName", appeal.signatoryName(), "is required: who signed the appeal");
        requireText(violations, "signatoryTitle", appeal.signatoryTitle(), "is required: the signatory's office");
        if (!Boolean.TRUE.equals(appeal.senateConfirmed())) {
            violations.add(new FieldViolation("senateConfirmed", "must be true: an appeal is signed by an official "
                    + "appointed with the Senate's consent" + (next == EscalationLevel.ACEP ? "" : " (the agency's head)")));
        }
        requireText(violations, "statutoryBasis", appeal.statutoryBasis(), "is required: the statute the appeal rests on");
        requireText(violations, "regulatoryBasis", appeal.regulatoryBasis(),
                "is required: the regulation the appeal rests on");
        requireText(violations, "statement", appeal.statement(), "is required: the appeal is made in writing");
        for (String[] signatory : new String[][] {{"signatoryName", appeal.signatoryName()},
            {"signatoryTitle", appeal.signatoryTitle()}}) {
            if (signatory[1] != null && signatory[1].length() > 200) {
                violations.add(new FieldViolation(signatory[0], "must be at most 200 characters"));
            }
        }
        limit(violations, "statutoryBasis", appeal.statutoryBasis());
        limit(violations, "regulatoryBasis", appeal.regulatoryBasis());
        limit(violations, "statement", appeal.statement());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The appeal is rejected; nothing was recorded", violations);
        }
        Appeal filed = appeals.saveAndFlush(new Appeal(UUID.randomUUID(), applicationId, next, user.agency(), appeal,
                user.username(), user.agencyPath(), Instant.now(clock)));
        AppealView view = filed.view(List.of());
        audit.record(applicationId, user, "APPEAL_FILED", null, view);
        events.publishEvent(new AppealFiled(applicationId, filed.id(), next,
                next.isBoard() ? seats.seatsOn(next).agencies() : List.of()));
        return view;
    }

    /** A board member agency's vote on an appeal, once. */
    @Transactional
    public BoardVoteView vote(CurrentUser user, UUID appealId, BoardVoteRequest request) {
        Appeal appeal = appeals.findById(appealId).orElseThrow(() -> new NotFoundException("Appeal", appealId));
        if (!appeal.toLevel().isBoard()) {
            throw new ConflictException("An appeal to the " + appeal.toLevel() + " is not put to a vote");
        }
        AppealView view = appeal.view(List.of());
        membership.ladderOf(view.applicationId())
                .requireSeat(user.agency(), appeal.toLevel(), "vote on its appeals");
        if (rulingAt(view.applicationId(), appeal.toLevel()).isPresent()) {
            throw new ConflictException(appeal.toLevel() + " has already ruled on this appeal");
        }
        if (votes.existsByAppealIdAndMemberAgency(appealId, user.agency())) {
            throw new ConflictException(user.agency() + " has already voted on this appeal");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || (request.vote() != Outcome.APPROVED && request.vote() != Outcome.DENIED)) {
            violations.add(new FieldViolation("vote", "is required: APPROVED or DENIED"));
        }
        String rationale = request == null ? null : request.rationale();
        requireText(violations, "rationale", rationale);
        limit(violations, "rationale", rationale);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The vote is incomplete; nothing was recorded", violations);
        }
        BoardVote vote = votes.saveAndFlush(new BoardVote(UUID.randomUUID(), appealId, user.agency(), request.vote(),
                rationale.strip(), user.username(), Instant.now(clock)));
        audit.record(view.applicationId(), user, "BOARD_VOTE_CAST", null, vote.view());
        events.publishEvent(new BoardVoteCast(view.applicationId(), appealId, user.agency(), user.username()));
        return vote.view();
    }

    /** The board's ruling from the votes cast by its deadline: a majority wins, a tie keeps the ruling appealed. */
    @Transactional
    public RulingView tallyBoard(UUID applicationId) {
        Appeal appeal = latestAppeal(applicationId)
                .filter(candidate -> candidate.toLevel().isBoard())
                .orElseThrow(() -> new ConflictException("The case has no appeal before a board"));
        Optional<RulingView> ruled = rulingAt(applicationId, appeal.toLevel());
        if (ruled.isPresent()) {
            return ruled.get();
        }
        RulingView appealed = standingRuling(applicationId).orElseThrow();
        BoardMembership.VoteCount count = membership.ladderOf(applicationId).seatsOn(appeal.toLevel())
                .count(votes.findByAppealIdOrderByVotedAtAsc(appeal.id()).stream().map(BoardVote::view).toList());
        Outcome outcome = tally.outcome(count.approvals(), count.denials(), appealed.outcome());
        String rationale = appeal.toLevel() + ": " + count.approvals() + " for approval, " + count.denials()
                + " for denial, " + count.notVoting() + " not voting; " + (count.approvals() == count.denials()
                        ? "a tie keeps the " + appealed.level() + " ruling" : "the majority rules");
        return record(applicationId, appeal.toLevel(), outcome, rationale, appeal.toLevel().name(),
                appeal.toLevel().name());
    }

    @Transactional(readOnly = true)
    public LadderView ladderOf(UUID applicationId) {
        List<AppealView> filed = appeals.findByApplicationIdOrderByFiledAtAscIdAsc(applicationId).stream()
                .map(appeal -> appeal.view(votes.findByAppealIdOrderByVotedAtAsc(appeal.id()).stream()
                        .map(BoardVote::view).toList()))
                .toList();
        return new LadderView(rulings.findByApplicationIdOrderByRuledAtAscIdAsc(applicationId).stream()
                .map(Ruling::view).toList(), filed);
    }

    /** The ruling that stands now: the last one made. */
    @Transactional(readOnly = true)
    public Optional<RulingView> standingRuling(UUID applicationId) {
        List<Ruling> made = rulings.findByApplicationIdOrderByRuledAtAscIdAsc(applicationId);
        return made.isEmpty() ? Optional.empty() : Optional.of(made.get(made.size() - 1).view());
    }

    /** One appeal up the ladder (without its votes): for the access policy. */
    @Transactional(readOnly = true)
    public Optional<AppealView> appeal(UUID appealId) {
        return appeals.findById(appealId).map(appeal -> appeal.view(List.of()));
    }

    /** Whether the case was appealed past the Operating Committee. */
    @Transactional(readOnly = true)
    public boolean wasAppealed(UUID applicationId) {
        return appeals.existsByApplicationId(applicationId);
    }

    /**
     * Whether the case was appealed past the Operating Committee to boards the agency sits on for it: what
     * the agency's board members may open.
     */
    @Transactional(readOnly = true)
    public boolean wasAppealedToBoardsSeating(String agency, UUID applicationId) {
        return agency != null && wasAppealed(applicationId)
                && membership.ladderOf(applicationId).seatsOnAnyBody(agency);
    }

    /**
     * The cases appealed to a board or the President whose boards seat the agency (what its board members see),
     * as a condition a search runs in SQL. An agency seated on every case's boards sees every appealed case
     * without any case being classified; one seated only for encryption exports sees the appealed cases
     * whose ladder seats it, found case by case (appeals are few).
     */
    @Transactional(readOnly = true)
    public CaseCondition appealedToBoardsSeating(String agency) {
        if (agency == null || !membership.mayBeSeated(agency)) {
            return CaseCondition.none();
        }
        if (membership.alwaysSeated(agency)) {
            return new CaseCondition("exists (select 1 from decision_appeal appealed where appealed.application_id = "
                    + "{case})", Map.of());
        }
        String[] seating = appeals.appealedApplicationIds().stream()
                .filter(applicationId -> membership.ladderOf(applicationId).seatsOnAnyBody(agency))
                .map(UUID::toString).toArray(String[]::new);
        return new CaseCondition("{case} = any(cast(:appealedSeating as uuid[]))", Map.of("appealedSeating", seating));
    }

    private RulingView record(UUID applicationId, EscalationLevel level, Outcome outcome, String rationale,
            String ruledBy, String ruledByAgency) {
        Ruling ruling = rulings.saveAndFlush(new Ruling(UUID.randomUUID(), applicationId, level, outcome, rationale,
                ruledBy, ruledByAgency, Instant.now(clock)));
        RulingView view = ruling.view();
        CurrentUser actor = new CurrentUser(ruledBy, ruledBy, Set.of(), ruledByAgency, null, null);
        audit.record(applicationId, actor, "RULING_RECORDED", null, view);
        events.publishEvent(new RulingRecorded(applicationId, view.id(), level, ruledBy));
        return view;
    }

    private Optional<EscalationLevel> awaitedPersonalRuling(UUID applicationId) {
        if (rulingAt(applicationId, EscalationLevel.OPERATING_COMMITTEE).isEmpty()) {
            return Optional.of(EscalationLevel.OPERATING_COMMITTEE);
        }
        return latestAppeal(applicationId)
                .filter(appeal -> appeal.toLevel() == EscalationLevel.PRESIDENT)
                .filter(appeal -> rulingAt(applicationId, EscalationLevel.PRESIDENT).isEmpty())
                .map(Appeal::toLevel);
    }

    private Optional<RulingView> rulingAt(UUID applicationId, EscalationLevel level) {
        return rulings.findByApplicationIdOrderByRuledAtAscIdAsc(applicationId).stream().map(Ruling::view)
                .filter(ruling -> ruling.level() == level).findFirst();
    }

    private Optional<Appeal> latestAppeal(UUID applicationId) {
        List<Appeal> filed = appeals.findByApplicationIdOrderByFiledAtAscIdAsc(applicationId);
        return filed.isEmpty() ? Optional.empty() : Optional.of(filed.get(filed.size() - 1));
    }

    /** Whether the agency's position on the case goes against the ruling. */
    private boolean dissents(UUID applicationId, String agency, Outcome ruling) {
        Set<UUID> current = referrals.currentReferrals(applicationId).stream().map(ReferralView::id)
                .collect(java.util.stream.Collectors.toSet());
        return positions.currentPositionsOf(applicationId).stream()
                .filter(position -> current.contains(position.referralId()) && position.agency().equals(agency))
                .map(PositionView::type)
                .anyMatch(type -> ruling.grantsLicense() ? type == PositionType.DENY
                        : type == PositionType.APPROVE || type == PositionType.APPROVE_WITH_CONDITIONS);
    }

    private ApplicationView disputed(UUID applicationId) {
        ApplicationView application = applications.view(applicationId);
        if (application.status() != ApplicationStatus.ESCALATED) {
            throw new ConflictException("Application " + application.controlNumber() + " is " + application.status()
                    + "; it is not in dispute");
        }
        return application;
    }
}
