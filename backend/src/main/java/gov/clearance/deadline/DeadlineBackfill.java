package gov.clearance.deadline;

import gov.clearance.intake.Applications;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the deadlines of registered cases that have none stored: those registered before deadlines were stored
 * (an upgraded database). Runs once the application is ready, a page of cases per transaction, until it has
 * completed once: from then on every case is recorded in the transaction that changes it, so later start-ups
 * skip it rather than read a million case ids again.
 */
@Component
class DeadlineBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineBackfill.class);

    /** Cases read and recorded together. */
    static final int PAGE = 1000;

    private final Applications applications;
    private final DeadlineRecords records;
    private final DeadlineRecorder recorder;
    private final TransactionTemplate transactions;

    DeadlineBackfill(Applications applications, DeadlineRecords records, DeadlineRecorder recorder,
            TransactionTemplate transactions) {
        this.applications = applications;
        this.records = records;
        this.recorder = recorder;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordMissing() {
        if (records.backfillCompleted()) {
            return;
        }
        int recorded = recordAllMissing();
        records.markBackfillCompleted();
        if (recorded > 0) {
            LOG.info("Recorded the deadlines of {} registered cases that had none stored", recorded);
        }
    }

    /** Records every registered case that has no stored deadlines; returns how many. */
    int recordAllMissing() {
        int recorded = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<UUID> page = applications.registeredIdsAfter(after, PAGE);
            if (page.isEmpty()) {
                return recorded;
            }
            after = page.get(page.size() - 1);
            List<UUID> missing = new ArrayList<>(page);
            missing.removeAll(new HashSet<>(records.recordedAmong(page)));
            missing.sort(null); // the order DeadlineRecorder locks cases in
            if (!missing.isEmpty()) {
                // another node may be recording the same page: under the case locks, record only what is still
                // missing
                transactions.executeWithoutResult(status -> {
                    List<UUID> stillMissing = new ArrayList<>(missing);
                    missing.forEach(records::lock);
                    stillMissing.removeAll(new HashSet<>(records.recordedAmong(missing)));
                    recorder.record(stillMissing);
                });
                recorded += missing.size();
            }
        }
    }
}
