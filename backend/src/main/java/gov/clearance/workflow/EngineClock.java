package gov.clearance.workflow;

import gov.clearance.clock.AdjustableClock;
import gov.clearance.clock.ClockAdvanced;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the process engine's clock with the application's. When time is moved forward (tests and
 * demos), the engine's clock moves by the same amount and every job that became due (deadline timers,
 * above all) runs before the move is answered.
 */
@Component
class EngineClock {

    private static final Logger log = LoggerFactory.getLogger(EngineClock.class);
    private static final int MOST_ROUNDS = 100;

    private final Clock clock;
    private final ManagementService management;
    private final TransactionTemplate ownTransaction;

    EngineClock(Clock clock, ManagementService management, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.management = management;
        // each job in a transaction of its own, apart from the request that moved the clock: a job another
        // node ran first fails alone, without aborting the request's transaction
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @PostConstruct
    void alignWithApplicationClock() {
        if (clock instanceof AdjustableClock adjustable) {
            ClockUtil.offset(adjustable.offset().toMillis());
        }
    }

    @PreDestroy
    void restoreSystemClock() {
        if (clock instanceof AdjustableClock) {
            ClockUtil.reset();
        }
    }

    @EventListener
    void on(ClockAdvanced advanced) {
        ClockUtil.offset(advanced.offset().toMillis());
        runDueJobs();
    }

    /**
     * Runs due jobs until none is left. The job executor may run the same job at the same moment; then
     * one of the two transactions loses (optimistic locking, or a unique key) and is rolled back whole,
     * so a failure here is logged and the job looked at again in the next round.
     */
    private void runDueJobs() {
        for (int round = 0; round < MOST_ROUNDS; round++) {
            List<Job> due = ownTransaction.execute(status -> management.createJobQuery().executable().list());
            if (due.isEmpty()) {
                return;
            }
            boolean failed = false;
            for (Job job : due) {
                try {
                    ownTransaction.executeWithoutResult(status -> management.executeJob(job.getId()));
                } catch (RuntimeException e) {
                    failed = true;
                    log.info("Job {} ({}) did not run after the clock moved: {}", job.getId(),
                            job.getProcessInstanceId(), e.getMessage());
                }
            }
            if (failed) {
                pause();
            }
        }
        log.warn("Jobs were still due after {} rounds", MOST_ROUNDS);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
