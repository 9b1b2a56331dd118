package gov.clearance.deadline;

import gov.clearance.decision.NoticeWindows;
import gov.clearance.intake.Applications;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's holds and the processing clock they make, read from the holds themselves; and the last days of a
 * notice of intent to deny on that clock, for the decision module (which needs nothing else of this module, so
 * that no bean of it waits on a bean of this one).
 */
@Component
class CaseClocks implements NoticeWindows {

    private final HoldRepository holds;
    private final HoldReleaseRepository releases;
    private final Applications applications;
    private final Clock clock;

    CaseClocks(HoldRepository holds, HoldReleaseRepository releases, Applications applications, Clock clock) {
        this.holds = holds;
        this.releases = releases;
        this.applications = applications;
        this.clock = clock;
    }

    /** The case's holds, oldest first. */
    List<HoldView> holdsOf(UUID applicationId) {
        List<Hold> caseHolds = holds.findByApplicationIdOrderByStartedAtAscIdAsc(applicationId);
        Map<UUID, HoldRelease> released = caseHolds.isEmpty() ? Map.of()
                : releases.findByHoldIdIn(caseHolds.stream().map(Hold::id).toList()).stream()
                        .collect(Collectors.toMap(HoldRelease::holdId, Function.identity()));
        return caseHolds.stream().map(hold -> hold.view(released.get(hold.id()))).toList();
    }

    /** Whether a hold stops the case's clock now. */
    boolean onHold(UUID applicationId) {
        return holdsOf(applicationId).stream().anyMatch(hold -> hold.running() && hold.stopsClock());
    }

    /** The case's processing clock today. */
    ProcessingClock clockOf(UUID applicationId) {
        return clockOf(applications.view(applicationId).registeredAt(), holdsOf(applicationId));
    }

    ProcessingClock clockOf(Instant registeredAt, List<HoldView> caseHolds) {
        List<ProcessingClock.HeldSpan> spans = caseHolds.stream().filter(HoldView::stopsClock)
                .map(hold -> new ProcessingClock.HeldSpan(DeadlineRules.date(hold.startedAt()),
                        hold.releasedAt() == null ? null : DeadlineRules.date(hold.releasedAt())))
                .toList();
        return new ProcessingClock(DeadlineRules.date(registeredAt), today(), spans);
    }

    LocalDate today() {
        return DeadlineRules.date(Instant.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate respondBy(UUID applicationId, Instant noticedAt) {
        return dateAfterNotice(applicationId, noticedAt, DeadlineKind.INTENT_RESPONSE);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate finalAfter(UUID applicationId, Instant noticedAt) {
        return dateAfterNotice(applicationId, noticedAt, DeadlineKind.INTENT_FINAL);
    }

    private LocalDate dateAfterNotice(UUID applicationId, Instant noticedAt, DeadlineKind kind) {
        ProcessingClock processing = clockOf(applicationId);
        return processing.dateOfDay(processing.dayOn(DeadlineRules.date(noticedAt)) + kind.days());
    }
}
