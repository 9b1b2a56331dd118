package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.benchmark.FaultTrials;
import gov.clearance.benchmark.FaultTrials.Outcome;
import gov.clearance.benchmark.LoadPlan;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The short form of the fault trials, on two real nodes (child JVMs) sharing one PostgreSQL: a node killed
 * with SIGKILL mid-run, PostgreSQL restarted under load, and deadline timers raced for by both job
 * executors. Each ends with the consistency checker. The long form is {@link FaultTrials#main}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {

    private static FaultTrials trials;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        trials = FaultTrials.start(Path.of("target", "cluster-faults"), TestIssuer.get().issuerUri(),
                username -> TestIssuer.get().token(DemoUser.named(username)));
    }

    @AfterAll
    static void stopTwoNodes() {
        if (trials != null) {
            trials.close();
        }
    }

    @Test
    @Order(1)
    void aNodeKilledMidRunLosesAndDoublesNothing() throws Exception {
        Outcome outcome = trials.nodeCrash(new LoadPlan(3, 9, Duration.ZERO), 2);
        System.out.println(outcome);
        assertThat(outcome.passed()).as(outcome.toString()).isTrue();
    }

    @Test
    @Order(2)
    void aPostgresRestartUnderLoadLosesAndDoublesNothing() throws Exception {
        Outcome outcome = trials.databaseRestart(new LoadPlan(3, 6, Duration.ZERO), 2, Duration.ofSeconds(3));
        System.out.println(outcome);
        assertThat(outcome.passed()).as(outcome.toString()).isTrue();
    }

    @Test
    @Order(3)
    void eachDeadlineTimerFiresExactlyOnceWhenBothNodesRaceForIt() throws Exception {
        Outcome outcome = trials.deadlineTimers(3);
        System.out.println(outcome);
        assertThat(outcome.passed()).as(outcome.toString()).isTrue();
    }
}
