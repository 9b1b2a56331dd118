package gov.clearance.deadline;

import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of every case, read from what the deadline module recorded when something happened to the case
 * ({@link DeadlineRecorder}): a case's clock and deadlines, the overdue list and its counts. Whether a deadline has
 * passed is decided here, against today. Deadlines are counted in processing days, so every hold moves every later
 * deadline by its exact length.
 */
@Service
public class Deadlines {

    /** Days are calendar days in US Eastern time. */
    public static final ZoneId EASTERN = DeadlineRules.EASTERN;

    private final DeadlineRecords records;
    private final CaseClocks clocks;
    private final Milestones milestones;
    private final DeadlineRecorder recorder;
    private final Clock clock;

    Deadlines(DeadlineRecords records, CaseClocks clocks, Milestones milestones, DeadlineRecorder recorder,
            Clock clock) {
        this.records = records;
        this.recorder = recorder;
        this.clocks = clocks;
        this.milestones = milestones;
        this.clock = clock;
    }

    /** The clock, the holds and every deadline of a registered case. */
    @Transactional(readOnly = true)
    public CaseClockView clockOf(UUID applicationId) {
        Instant now = Instant.now(clock);
        RecordedDeadlines recorded = current(Set.of(applicationId), now).get(applicationId);
        if (recorded == null) {
            throw new NotFoundException("Application", applicationId);
        }
        LocalDate today = DeadlineRules.date(now);
        RecordedDeadlines.CaseClock caseClock = recorded.clock();
        int elapsed = caseClock.elapsedDays(today);
        int processingDay = caseClock.processingDay(today);
        return new CaseClockView(caseClock.registeredOn(), today, elapsed, elapsed - processingDay, processingDay,
                caseClock.onHold(), clocks.holdsOf(applicationId), recorded.views(now));
    }

    /**
     * Every deadline of many registered cases, as {@link #clockOf} shows them for each, read together.
     *
     * @throws NotFoundException if one of the cases is not a registered application
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<DeadlineView>> deadlinesOf(Collection<UUID> applicationIds) {
        Instant now = Instant.now(clock);
        Map<UUID, List<DeadlineView>> deadlines = new HashMap<>();
        current(applicationIds, now).forEach((id, recorded) -> deadlines.put(id, recorded.views(now)));
        for (UUID id : applicationIds) {
            if (!deadlines.containsKey(id)) {
                throw new NotFoundException("Application", id);
            }
        }
        return deadlines;
    }

    /**
     * The cases' deadlines as stored; counted from their facts instead for a case this transaction changed (stored
     * only as it commits) or one not stored yet (the backfill has not reached it). Unregistered cases are left out.
     */
    private Map<UUID, RecordedDeadlines> current(Collection<UUID> applicationIds, Instant now) {
        Set<UUID> unrecorded = new HashSet<>(recorder.unrecorded());
        unrecorded.retainAll(applicationIds);
        Set<UUID> stored = new HashSet<>(applicationIds);
        stored.removeAll(unrecorded);
        Map<UUID, RecordedDeadlines> found = new HashMap<>(records.of(stored));
        stored.removeAll(found.keySet());
        unrecorded.addAll(stored);
        if (!unrecorded.isEmpty()) {
            milestones.of(unrecorded).forEach((id, facts) -> found.put(id, DeadlineRules.record(facts, now)));
        }
        return found;
    }

    /** Whether a hold stops the case's clock now. */
    @Transactional(readOnly = true)
    public boolean onHold(UUID applicationId) {
        return clocks.onHold(applicationId);
    }

    /**
     * When a deadline of the case passes, as things stand in this transaction (for the process's timers, which are
     * set while the facts they wait on are being recorded): empty while the case is on hold (the deadline does not
     * advance), or when the case has no such deadline.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> dueBy(UUID applicationId, DeadlineKind kind, String agency) {
        CaseMilestones found = milestones.of(Set.of(applicationId)).get(applicationId);
        if (found == null) {
            throw new NotFoundException("Application", applicationId);
        }
        Instant now = Instant.now(clock);
        RecordedDeadlines counted = DeadlineRules.record(found, now);
        if (counted.clock().onHold()) {
            return Optional.empty();
        }
        return latest(counted.views(now), kind, agency).map(DeadlineView::dueBy);
    }

    /** The last deadline of the kind (for the agency, when given) among a case's deadlines. */
    public static Optional<DeadlineView> latest(List<DeadlineView> deadlines, DeadlineKind kind, String agency) {
        return deadlines.stream()
                .filter(deadline -> deadline.kind() == kind && (agency == null || agency.equals(deadline.agency())))
                .reduce((earlier, later) -> later);
    }

    /**
     * Open cases with a deadline that passed unmet (or was met late), most overdue first, a page at a time: for
     * analysts and admins.
     *
     * @param limit the most deadlines on the page, 1 to 200 (50 when {@code null})
     * @param after the cursor the previous page gave, or {@code null} for the first page
     */
    @Transactional(readOnly = true)
    public OverduePage overdue(CurrentUser staff, Integer limit, String after) {
        requireOverdueReader(staff);
        int most = limit == null ? 50 : limit;
        if (most < 1 || most > 200) {
            throw InvalidRequestException.of("limit", "must be from 1 to 200");
        }
        DeadlineRecords.PassedCursor from = after == null || after.isBlank() ? null : cursor(after);
        Instant now = Instant.now(clock);
        LocalDate today = DeadlineRules.date(now);
        List<DeadlineRecords.Passed> passed = records.passed(today, from, most + 1);
        List<OverdueCase> page = passed.stream().limit(most).map(deadline -> new OverdueCase(deadline.applicationId(),
                deadline.clock().controlNumber(), deadline.clock().processingDay(today),
                deadline.due().view(deadline.clock(), today, now))).toList();
        String next = passed.size() > most ? cursorOf(passed.get(most - 1).place()) : null;
        return new OverduePage(page, next);
    }

    private static String cursorOf(DeadlineRecords.PassedCursor place) {
        String text = place.dueOn() + "\n" + place.applicationId() + "\n" + place.seq();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DeadlineRecords.PassedCursor cursor(String after) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8)
                    .split("\n", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts");
            }
            return new DeadlineRecords.PassedCursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]),
                    Short.parseShort(parts[2]));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw InvalidRequestException.of("after", "is not a cursor this list gave");
        }
    }

    /** How many open cases are past each kind of deadline, as {@link #overdue} lists them, counted in the index. */
    @Transactional(readOnly = true)
    public Map<DeadlineKind, Long> overdueByKind(CurrentUser staff) {
        requireOverdueReader(staff);
        return records.passedByKind(DeadlineRules.date(Instant.now(clock)));
    }

    private static void requireOverdueReader(CurrentUser staff) {
        if (!staff.hasAny(Role.ANALYST, Role.ADMIN)) {
            throw new ForbiddenException("The overdue list is for licensing analysts and administrators");
        }
    }
}
