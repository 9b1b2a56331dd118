package gov.clearance.deadline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Repository;

/**
 * The stored milestones and deadlines ({@code deadline_milestone}, {@code deadline_clock}, {@code deadline_due}).
 * Only {@link DeadlineRecorder} writes them, one case at a time, under a lock of its own per case.
 */
@Repository
class DeadlineRecords {

    /** The first key of the advisory locks that serialize recording a case's deadlines (issue 15). */
    private static final int LOCK_SPACE = 15_015;

    private final JdbcTemplate jdbc;

    DeadlineRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction records the case's deadlines; held until this one ends. */
    void lock(UUID applicationId) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_SPACE, applicationId.hashCode());
    }

    /** Replaces what is stored of the case. */
    void write(CaseMilestones milestones, RecordedDeadlines deadlines, Instant recordedAt) {
        UUID id = milestones.applicationId();
        jdbc.update("delete from deadline_milestone where application_id = ?", id);
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (Milestone milestone : milestones.milestones()) {
            rows.add(new Object[] {id, seq++, milestone.kind().name(), milestone.subject(), milestone.detail(),
                    milestone.party(), timestamp(milestone.occurredAt())});
        }
        jdbc.batchUpdate("insert into deadline_milestone (application_id, seq, kind, subject, detail, party, "
                + "occurred_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("delete from deadline_due where application_id = ?", id);
        rows.clear();
        seq = 0;
        for (RecordedDeadlines.Due due : deadlines.deadlines()) {
            rows.add(new Object[] {id, seq++, due.kind().name(), due.what(), due.agency(), due.processingDay(),
                    date(due.dueOn()), date(due.arisesOn()), timestamp(due.metAt()), due.metBySystem(), due.metLate(),
                    due.watched()});
        }
        jdbc.batchUpdate("insert into deadline_due (application_id, seq, kind, what, agency, processing_day, due_on, "
                + "arises_on, met_at, met_by_system, met_late, watched) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        RecordedDeadlines.CaseClock clock = deadlines.clock();
        jdbc.update("""
                insert into deadline_clock (application_id, control_number, registered_on, case_open, held_days,
                    held_since, day_at_hold, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (application_id) do update set control_number = excluded.control_number,
                    registered_on = excluded.registered_on, case_open = excluded.case_open,
                    held_days = excluded.held_days, held_since = excluded.held_since,
                    day_at_hold = excluded.day_at_hold, recorded_at = excluded.recorded_at
                """, id, clock.controlNumber(), date(clock.registeredOn()), clock.open(), clock.heldDays(),
                date(clock.heldSince()), clock.dayAtHold(), timestamp(recordedAt));
    }

    /** The stored deadlines of a case, if it has any. */
    Optional<RecordedDeadlines> of(UUID applicationId) {
        return Optional.ofNullable(of(List.of(applicationId)).get(applicationId));
    }

    /** The stored deadlines of those of the cases that have any. */
    Map<UUID, RecordedDeadlines> of(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = applicationIds.toArray(UUID[]::new);
        Map<UUID, RecordedDeadlines.CaseClock> clocks = new HashMap<>();
        jdbc.query("select * from deadline_clock where application_id = any(?)", uuids(ids), rs -> {
            clocks.put(rs.getObject("application_id", UUID.class), clock(rs));
        });
        Map<UUID, List<RecordedDeadlines.Due>> dues = new HashMap<>();
        jdbc.query("select * from deadline_due where application_id = any(?) order by application_id, seq", uuids(ids),
                rs -> {
                    dues.computeIfAbsent(rs.getObject("application_id", UUID.class), id -> new ArrayList<>())
                            .add(due(rs));
                });
        Map<UUID, RecordedDeadlines> found = new LinkedHashMap<>();
        clocks.forEach((id, clock) -> found.put(id, new RecordedDeadlines(id, clock, dues.getOrDefault(id, List.of()))));
        return found;
    }

    /** Which of the cases have stored deadlines. */
    /** Whether the deadlines of the cases registered before they were stored have all been recorded once. */
    boolean backfillCompleted() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from deadline_backfill)",
                Boolean.class));
    }

    void markBackfillCompleted() {
        jdbc.update("insert into deadline_backfill (id, completed_at) values (1, now()) on conflict (id) do nothing");
    }

    List<UUID> recordedAmong(Collection<UUID> applicationIds) {
        return jdbc.query("select application_id from deadline_clock where application_id = any(?)",
                uuids(applicationIds.toArray(UUID[]::new)), (rs, row) -> rs.getObject(1, UUID.class));
    }

    /** A watched deadline that passed, with its case's clock. */
    record Passed(UUID applicationId, RecordedDeadlines.CaseClock clock, RecordedDeadlines.Due due, PassedCursor place) {
    }

    /**
     * The deadlines of open cases that passed unmet, or were met late, by {@code today}, earliest first, from just
     * after the one a cursor names: one query on the partial index of watched deadlines, at most {@code most}.
     */
    List<Passed> passed(LocalDate today, PassedCursor after, int most) {
        List<Object> arguments = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
        String from = "";
        if (after != null) {
            from = " and (d.due_on, d.application_id, d.seq) > (?, ?, ?)";
            arguments.addAll(List.of(Date.valueOf(after.dueOn()), after.applicationId(), after.seq()));
        }
        arguments.add(most);
        return jdbc.query("""
                select c.*, d.* from deadline_due d join deadline_clock c on c.application_id = d.application_id
                where d.watched and d.due_on < ? and (d.arises_on is null or d.arises_on <= ?)"""
                + from + " order by d.due_on, d.application_id, d.seq limit ?",
                (rs, row) -> new Passed(rs.getObject("application_id", UUID.class), clock(rs), due(rs),
                        new PassedCursor(rs.getDate("due_on").toLocalDate(), rs.getObject("application_id", UUID.class),
                                rs.getShort("seq"))),
                arguments.toArray());
    }

    /** Where a page of passed deadlines ends: the last one's due date, case and place among its case's deadlines. */
    record PassedCursor(LocalDate dueOn, UUID applicationId, short seq) {
    }

    /** How many deadlines of each kind {@link #passed} lists, counted in the index. */
    Map<DeadlineKind, Long> passedByKind(LocalDate today) {
        Map<DeadlineKind, Long> counts = new TreeMap<>();
        jdbc.query("""
                select kind, count(*) from deadline_due
                where watched and due_on < ? and (arises_on is null or arises_on <= ?)
                group by kind
                """, rs -> {
            counts.put(DeadlineKind.valueOf(rs.getString(1)), rs.getLong(2));
        }, Date.valueOf(today), Date.valueOf(today));
        return counts;
    }

    private static RecordedDeadlines.CaseClock clock(ResultSet rs) throws SQLException {
        Date heldSince = rs.getDate("held_since");
        return new RecordedDeadlines.CaseClock(rs.getString("control_number"), rs.getDate("registered_on").toLocalDate(),
                rs.getBoolean("case_open"), rs.getInt("held_days"), heldSince == null ? null : heldSince.toLocalDate(),
                rs.getObject("day_at_hold", Integer.class));
    }

    private static RecordedDeadlines.Due due(ResultSet rs) throws SQLException {
        Date dueOn = rs.getDate("due_on");
        Date arisesOn = rs.getDate("arises_on");
        Timestamp metAt = rs.getTimestamp("met_at");
        return new RecordedDeadlines.Due(DeadlineKind.valueOf(rs.getString("kind")), rs.getString("what"),
                rs.getString("agency"), rs.getInt("processing_day"), dueOn == null ? null : dueOn.toLocalDate(),
                arisesOn == null ? null : arisesOn.toLocalDate(), metAt == null ? null : metAt.toInstant(),
                rs.getBoolean("met_by_system"), rs.getBoolean("met_late"), rs.getBoolean("watched"));
    }

    private static PreparedStatementSetter uuids(UUID[] ids) {
        return statement -> statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
