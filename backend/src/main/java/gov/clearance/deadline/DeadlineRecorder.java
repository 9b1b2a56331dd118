package gov.clearance.deadline;

import gov.clearance.decision.AppealFiled;
import gov.clearance.decision.DecisionRecorded;
import gov.clearance.decision.IntentEvents;
import gov.clearance.decision.RulingRecorded;
import gov.clearance.intake.ApplicationSubmitted;
import gov.clearance.intake.CaseProgress;
import gov.clearance.position.PositionRecorded;
import gov.clearance.referral.BisReviewRecorded;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a case's milestones and its current deadlines when something that counts for them happens to it: the
 * events of the modules that own those facts, and this module's own holds. A transaction's cases are recorded once,
 * just before it commits (so after everything it changed), in the same transaction: stored deadlines never lag
 * behind the facts they are counted from.
 */
@Component
class DeadlineRecorder {

    private final Milestones milestones;
    private final DeadlineRecords records;
    private final EntityManager entities;
    private final Clock clock;

    DeadlineRecorder(Milestones milestones, DeadlineRecords records, EntityManager entities, Clock clock) {
        this.milestones = milestones;
        this.entities = entities;
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        touched(submitted.applicationId());
    }

    @EventListener
    void on(CaseProgress progress) {
        touched(progress.applicationId());
    }

    @EventListener
    void on(BisReviewRecorded review) {
        touched(review.applicationId());
    }

    @EventListener
    void on(PositionRecorded position) {
        touched(position.applicationId());
    }

    @EventListener
    void on(RulingRecorded ruling) {
        touched(ruling.applicationId());
    }

    @EventListener
    void on(AppealFiled appeal) {
        touched(appeal.applicationId());
    }

    @EventListener
    void on(IntentEvents.Issued issued) {
        touched(issued.applicationId());
    }

    @EventListener
    void on(IntentEvents.Answered answered) {
        touched(answered.applicationId());
    }

    @EventListener
    void on(IntentEvents.Withdrawn withdrawn) {
        touched(withdrawn.applicationId());
    }

    @EventListener
    void on(DecisionRecorded decision) {
        touched(decision.applicationId());
    }

    @EventListener
    void on(HoldsChanged holds) {
        touched(holds.applicationId());
    }

    /** Records the cases now: for cases that have none yet (an upgraded database), and when no transaction runs. */
    void record(Collection<UUID> applicationIds) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // whatever this transaction still holds in memory is written (and its row locks taken) before it waits
            // for a case's lock: a transaction holding that lock never waits on this one's rows
            entities.flush();
        }
        Set<UUID> ids = new TreeSet<>(applicationIds); // locks in one order: two transactions never wait on each other
        ids.forEach(records::lock);
        Instant now = Instant.now(clock);
        for (Map.Entry<UUID, CaseMilestones> found : milestones.of(ids).entrySet()) {
            records.write(found.getValue(), DeadlineRules.record(found.getValue(), now), now);
        }
    }

    /**
     * The cases the current transaction touched and has not recorded yet: what is stored of them is not their
     * current state until it commits.
     */
    Set<UUID> unrecorded() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Set.of();
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending pending) {
                return Set.copyOf(pending.cases);
            }
        }
        return Set.of();
    }

    private void touched(UUID applicationId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(Set.of(applicationId));
            return;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending pending) {
                pending.cases.add(applicationId);
                return;
            }
        }
        Pending pending = new Pending();
        pending.cases.add(applicationId);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    /** The cases the current transaction touched, recorded just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Set<UUID> cases = new TreeSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            record(cases);
        }
    }
}
