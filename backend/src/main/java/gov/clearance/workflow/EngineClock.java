package gov.clearance.workflow;

import gov.clearance.clock.AdjustableClock;
import gov.clearance.clock.ClockAdvanced;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    EngineClock(Clock clock, ManagementService management) {
        this.clock = clock;
        this.management = management;
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

    /** Runs due jobs until none is left; a job that fails keeps its retries and incident as usual. */
    private void runDueJobs() {
        for (int round = 0; round < MOST_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException e) {
                    log.warn("Job {} ({}) failed after the clock moved: {}", job.getId(), job.getProcessInstanceId(),
                            e.getMessage());
                }
            }
        }
        log.warn("Jobs were still due after {} rounds", MOST_ROUNDS);
    }
}
