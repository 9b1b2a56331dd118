package gov.clearance.deadline;

import gov.clearance.decision.AppealView;
import gov.clearance.decision.DecisionView;
import gov.clearance.decision.Decisions;
import gov.clearance.decision.EscalationLadder;
import gov.clearance.decision.IntentToDenyView;
import gov.clearance.decision.IntentsToDeny;
import gov.clearance.decision.LadderView;
import gov.clearance.decision.RulingView;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.position.PositionView;
import gov.clearance.position.Positions;
import gov.clearance.reconciliation.Reconciliations;
import gov.clearance.referral.BisReviewView;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.referral.ReviewAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the milestones of registered cases from the modules that own the facts (and the holds from this one):
 * each kind of fact read for all the given cases in one query; the escalation ladder and the notice of intent to
 * deny only for the cases that were disputed or given a notice, which few are.
 */
@Component
class Milestones {

    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final Reconciliations reconciliations;
    private final Decisions decisions;
    private final EscalationLadder escalation;
    private final IntentsToDeny intents;
    private final HoldRepository holds;
    private final HoldReleaseRepository releases;

    Milestones(Applications applications, Referrals referrals, Positions positions, Reconciliations reconciliations,
            Decisions decisions, EscalationLadder escalation, IntentsToDeny intents, HoldRepository holds,
            HoldReleaseRepository releases) {
        this.applications = applications;
        this.referrals = referrals;
        this.positions = positions;
        this.reconciliations = reconciliations;
        this.decisions = decisions;
        this.escalation = escalation;
        this.intents = intents;
        this.holds = holds;
        this.releases = releases;
    }

    /** The milestones of those of the cases that are registered (drafts have none). */
    Map<UUID, CaseMilestones> of(Collection<UUID> applicationIds) {
        List<ApplicationView> cases = applications.views(applicationIds).values().stream()
                .filter(application -> application.registeredAt() != null).toList();
        List<UUID> ids = cases.stream().map(ApplicationView::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Hold>> caseHolds = holds.findByApplicationIdInOrderByStartedAtAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(Hold::applicationId));
        List<UUID> holdIds = caseHolds.values().stream().flatMap(List::stream).map(Hold::id).toList();
        Map<UUID, HoldRelease> released = holdIds.isEmpty() ? Map.of()
                : releases.findByHoldIdIn(holdIds).stream()
                        .collect(Collectors.toMap(HoldRelease::holdId, Function.identity()));
        Map<UUID, List<BisReviewView>> reviews = referrals.reviewsOf(ids);
        Map<UUID, List<ReferralView>> referred = referrals.referralsOf(ids);
        Map<UUID, List<PositionView>> recorded = positions.positionsOf(ids);
        Map<UUID, DecisionView> decided = decisions.decisionsOf(ids);
        Set<UUID> disputed = reconciliations.disputedAmong(ids);
        Set<UUID> noticed = intents.noticedAmong(ids);
        Map<UUID, CaseMilestones> found = new HashMap<>();
        for (ApplicationView application : cases) {
            UUID id = application.id();
            List<Milestone> milestones = new ArrayList<>();
            milestones.add(Milestone.at(Milestone.Kind.REGISTERED, application.registeredAt()));
            for (Hold hold : caseHolds.getOrDefault(id, List.of())) {
                if (!hold.stopsClock()) {
                    continue;
                }
                milestones.add(new Milestone(Milestone.Kind.HOLD_STARTED, hold.id(), hold.reason().name(), null,
                        hold.startedAt()));
                HoldRelease release = released.get(hold.id());
                if (release != null) {
                    milestones.add(new Milestone(Milestone.Kind.HOLD_RELEASED, hold.id(), null, null,
                            release.releasedAt()));
                }
            }
            reviews.getOrDefault(id, List.of()).stream()
                    .filter(review -> review.action() != ReviewAction.REQUEST_INFORMATION)
                    .map(BisReviewView::reviewedAt).min(Comparator.naturalOrder())
                    .ifPresent(at -> milestones.add(Milestone.at(Milestone.Kind.BIS_ACTED, at)));
            Map<UUID, PositionView> firstPosition = new LinkedHashMap<>();
            recorded.getOrDefault(id, List.of()).forEach(position -> firstPosition.putIfAbsent(position.referralId(),
                    position));
            for (ReferralView referral : referred.getOrDefault(id, List.of())) {
                milestones.add(new Milestone(Milestone.Kind.REFERRED, referral.id(), referral.agency(), null,
                        referral.referredAt()));
                PositionView position = firstPosition.get(referral.id());
                if (position != null) {
                    milestones.add(new Milestone(Milestone.Kind.AGENCY_ANSWERED, referral.id(),
                            position.type().name(), position.agency(), position.recordedAt()));
                }
            }
            if (disputed.contains(id)) {
                milestones.add(Milestone.at(Milestone.Kind.DISPUTED, null));
                LadderView ladder = escalation.ladderOf(id);
                for (RulingView ruling : ladder.rulings()) {
                    milestones.add(new Milestone(Milestone.Kind.RULED, ruling.id(), ruling.level().name(),
                            ruling.outcome().name(), ruling.ruledAt()));
                }
                for (AppealView appeal : ladder.appeals()) {
                    milestones.add(new Milestone(Milestone.Kind.APPEALED, appeal.id(), appeal.toLevel().name(),
                            appeal.agency(), appeal.filedAt()));
                }
            }
            if (noticed.contains(id)) {
                IntentToDenyView intent = intents.latest(id).orElse(null);
                if (intent != null) {
                    milestones.add(new Milestone(Milestone.Kind.INTENT_NOTICED, intent.id(), null, null,
                            intent.issuedAt()));
                    if (intent.withdrawal() != null) {
                        milestones.add(new Milestone(Milestone.Kind.INTENT_WITHDRAWN, intent.id(), null, null,
                                intent.withdrawal().withdrawnAt()));
                    }
                    if (intent.response() != null) {
                        milestones.add(new Milestone(Milestone.Kind.INTENT_ANSWERED, intent.id(), null, null,
                                intent.response().respondedAt()));
                    }
                }
            }
            DecisionView decision = decided.get(id);
            if (decision != null) {
                milestones.add(new Milestone(Milestone.Kind.DECIDED, decision.id(), decision.outcome().name(), null,
                        decision.decidedAt()));
            }
            boolean closed = application.status() == ApplicationStatus.CLOSED;
            if (closed) {
                milestones.add(Milestone.at(Milestone.Kind.CLOSED, application.updatedAt()));
            }
            found.put(id, new CaseMilestones(id, application.controlNumber(), !closed, milestones));
        }
        return found;
    }
}
