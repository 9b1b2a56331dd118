package gov.clearance.reconciliation;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.Applications;
import gov.clearance.intake.CaseProgress;
import gov.clearance.position.PositionView;
import gov.clearance.position.Positions;
import gov.clearance.referral.BisReviewView;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.referral.ReviewAction;
import gov.clearance.shared.CaseCondition;
import gov.clearance.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares BIS's proposed outcome with every agency's current position on the case's current
 * referrals. If all agree, the case waits for the licensing analyst's decision; if any disputes it,
 * the case is escalated to the Operating Committee. A return without action blocks the case: it
 * waits for BIS's decision, which can only be to return the application until the agency records a
 * new position and the case is reconciled again.
 */
@Service
public class Reconciliations {

    private final Referrals referrals;
    private final Positions positions;
    private final Applications applications;
    private final PositionComparison comparison;
    private final ReconciliationRepository results;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Reconciliations(Referrals referrals, Positions positions, Applications applications,
            PositionComparison comparison, ReconciliationRepository results, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.referrals = referrals;
        this.positions = positions;
        this.applications = applications;
        this.comparison = comparison;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reconciles the case once every current referral has its position (or none was made), and again
     * when an agency replaces its return without action with a new position.
     */
    @Transactional
    public ReconciliationView reconcile(UUID applicationId) {
        BisReviewView review = referrals.latestReview(applicationId)
                .filter(latest -> latest.action() == ReviewAction.REFER || latest.action() == ReviewAction.DECIDE)
                .orElseThrow(() -> new ConflictException("The case has no referral or decision review to reconcile"));
        Set<UUID> current = referrals.currentReferrals(applicationId).stream().map(ReferralView::id)
                .collect(Collectors.toSet());
        List<PositionView> answered = positions.currentPositionsOf(applicationId).stream()
                .filter(position -> current.contains(position.referralId()))
                .toList();
        if (answered.size() != current.size()) {
            throw new ConflictException("Not every agency has recorded its position yet");
        }
        List<ReconciliationView.PositionVerdict> verdicts = answered.stream()
                .map(position -> new ReconciliationView.PositionVerdict(position.id(), position.agency(),
                        position.type(), comparison.compare(review.proposedOutcome(), position.type())))
                .toList();
        Reconciliation result = results.saveAndFlush(new Reconciliation(UUID.randomUUID(), applicationId, review.id(),
                review.proposedOutcome(), verdicts, Instant.now(clock)));
        ReconciliationView view = result.view();
        CurrentUser system = CurrentUser.system();
        audit.record(applicationId, system, "POSITIONS_RECONCILED", null, view);
        events.publishEvent(new CaseProgress.Reconciled(applicationId, result.verdict() == Verdict.DISPUTE, system));
        return view;
    }

    @Transactional(readOnly = true)
    public Optional<ReconciliationView> latest(UUID applicationId) {
        return results.findFirstByApplicationIdOrderByReconciledAtDesc(applicationId).map(Reconciliation::view);
    }

    /** Whether the case's positions were ever found in dispute. */
    @Transactional(readOnly = true)
    public boolean wasDisputed(UUID applicationId) {
        return results.existsByApplicationIdAndVerdict(applicationId, Verdict.DISPUTE);
    }

    /** Those of the cases whose positions were ever found in dispute. */
    @Transactional(readOnly = true)
    public Set<UUID> disputedAmong(Collection<UUID> applicationIds) {
        return new HashSet<>(results.applicationIdsWithVerdictAmong(Verdict.DISPUTE, applicationIds));
    }

    /** The applications whose positions were ever found in dispute (the Operating Committee's cases), as a condition. */
    public CaseCondition disputed() {
        return new CaseCondition("exists (select 1 from reconciliation_result disputed where disputed.application_id = {case} "
                + "and disputed.verdict = 'DISPUTE')", Map.of());
    }
}
