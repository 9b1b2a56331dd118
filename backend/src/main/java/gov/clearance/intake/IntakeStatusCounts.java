package gov.clearance.intake;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many cases are in each status, as the database keeps them (V50): a trigger adds a row with the change for
 * each statement that changes statuses, and {@link #compact} folds those rows into one per status.
 */
@Component
class IntakeStatusCounts {

    private final JdbcTemplate jdbc;

    IntakeStatusCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every status with its number of cases: the sum of a few rows per status, however many cases there are. */
    @Transactional(readOnly = true)
    Map<ApplicationStatus, Long> counts() {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, sum(cases) from intake_status_count group by status",
                rs -> {
                    counts.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Folds the changes recorded since the last compaction into one row per status. Safe on several nodes at
     * once: each row is deleted by one of them, and a change committed meanwhile stays for the next.
     */
    @Scheduled(fixedDelayString = "${clearance.intake.status-count-compaction-interval:PT1M}")
    @Transactional
    public void compact() {
        jdbc.update("""
                with folded as (delete from intake_status_count returning status, cases)
                insert into intake_status_count (status, cases)
                select status, sum(cases) from folded group by status having sum(cases) <> 0
                """);
    }
}
