package gov.clearance.screening;

import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens every open case again after an import of the list, durably: the import's own transaction writes the
 * open cases to {@code screening_rescreen_pending}, and every node's worker claims them in batches ({@code for
 * update skip locked}, so that no two nodes take the same case), screens each batch in one transaction together
 * with deleting its rows and counting it in the import's progress. A node that dies leaves its claimed batch
 * uncommitted, so the batch is claimed again by whichever node looks next, this one after its restart included.
 * Once no case of an import is pending its rescreening is marked finished.
 */
@Configuration
@EnableScheduling
class Rescreening {

    private static final Logger LOG = LoggerFactory.getLogger(Rescreening.class);

    private final PartyScreening screening;
    private final Applications applications;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RescreeningSettings settings;
    private final Clock clock;

    Rescreening(PartyScreening screening, Applications applications, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, RescreeningSettings settings, Clock clock) {
        this.screening = screening;
        this.applications = applications;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes the open cases down as pending for the new list, in the transaction that imports it. */
    @EventListener
    void onListImported(ScreeningListImported imported) {
        List<UUID> open = applications.openCaseIds();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate("insert into screening_rescreen_pending (import_id, application_id, enqueued_at) "
                + "values (?, ?, ?)", open, 1000, (statement, id) -> {
                    statement.setObject(1, imported.importId());
                    statement.setObject(2, id);
                    statement.setTimestamp(3, now);
                });
        jdbc.update("update screening_list_import set rescreen_started_at = ?, cases_to_rescreen = ?, "
                + "rescreen_finished_at = ? where id = ?", now, open.size(), open.isEmpty() ? now : null,
                imported.importId());
    }

    /** Screens pending cases, batch after batch, until none is left that another node has not claimed. */
    @Scheduled(fixedDelayString = "${clearance.screening.rescreening.interval:PT1S}")
    void work() {
        try {
            if (!anythingToDo()) {
                return;
            }
            while (screenNextBatch() > 0) {
                finishCompleted();
            }
            finishCompleted();
        } catch (RuntimeException e) {
            // the database may be away; the rows stay pending and the next round takes them up again
            LOG.warn("Rescreening paused: {}", e.toString());
        }
    }

    /**
     * Whether any case waits for its rescreening, or an import waits to be marked finished: one read, so that a
     * node with nothing to do commits one transaction a round rather than two.
     */
    boolean anythingToDo() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from screening_rescreen_pending) "
                + "or exists (select 1 from screening_list_import where rescreen_finished_at is null "
                + "and rescreen_started_at is not null)", Boolean.class));
    }

    /** Claims, screens and removes one batch of pending cases in one transaction; returns how many. */
    int screenNextBatch() {
        List<Pending> claimed;
        try {
            claimed = transactions.execute(status -> {
                List<Pending> batch = claim(settings.batchSize());
                screen(batch);
                return batch;
            });
        } catch (RuntimeException batchFailed) {
            LOG.warn("A batch of rescreening failed; screening its cases one by one", batchFailed);
            claimed = transactions.execute(status -> claim(settings.batchSize())); // locks released at once
            for (Pending one : claimed) {
                screenAlone(one);
            }
        }
        return claimed.size();
    }

    private void screenAlone(Pending one) {
        try {
            transactions.executeWithoutResult(status -> {
                if (claim(one).isEmpty()) {
                    return; // another node has it, or has done it
                }
                screen(List.of(one));
            });
        } catch (RuntimeException e) {
            LOG.error("Screening case {} against list {} failed; it is left out of this rescreening",
                    one.applicationId(), one.importId(), e);
            transactions.executeWithoutResult(status -> done(claim(one)));
        }
    }

    /** Marks the rescreening of every import whose cases are all screened as finished. */
    void finishCompleted() {
        jdbc.update("update screening_list_import i set rescreen_finished_at = ? where rescreen_finished_at is null "
                + "and rescreen_started_at is not null and not exists (select 1 from screening_rescreen_pending p "
                + "where p.import_id = i.id)", Timestamp.from(Instant.now(clock)));
    }

    private record Pending(UUID importId, UUID applicationId) {
    }

    private List<Pending> claim(int most) {
        return jdbc.query("select import_id, application_id from screening_rescreen_pending limit ? "
                + "for update skip locked", (row, number) -> new Pending(row.getObject("import_id",
                        UUID.class), row.getObject("application_id", UUID.class)), most);
    }

    private List<Pending> claim(Pending one) {
        return jdbc.query("select import_id, application_id from screening_rescreen_pending where import_id = ? "
                + "and application_id = ? for update skip locked", (row, number) -> one, one.importId(),
                one.applicationId());
    }

    private void screen(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<UUID, ApplicationView> cases = applications.views(batch.stream().map(Pending::applicationId)
                .collect(Collectors.toSet()));
        for (Pending pending : batch) {
            ApplicationView open = cases.get(pending.applicationId());
            if (open != null && open.status() != ApplicationStatus.CLOSED) {
                screening.screen(open.id(), open.form(), "LIST_IMPORT");
            }
        }
        done(batch);
    }

    private void done(List<Pending> batch) {
        for (Pending pending : batch) {
            jdbc.update("delete from screening_rescreen_pending where import_id = ? and application_id = ?",
                    pending.importId(), pending.applicationId());
        }
        batch.stream().collect(Collectors.groupingBy(Pending::importId, Collectors.counting())).forEach((importId,
                count) -> jdbc.update("update screening_list_import set cases_rescreened = cases_rescreened + ? "
                        + "where id = ?", count.intValue(), importId));
    }
}
