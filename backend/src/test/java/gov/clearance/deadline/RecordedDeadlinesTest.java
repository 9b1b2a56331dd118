package gov.clearance.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.deadline.Milestone.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadlines stored on one day read the same on every later day as deadlines counted afresh that day, as long as
 * nothing happens to the case in between: nothing stored turns stale as days go by, a running hold included.
 */
class RecordedDeadlinesTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);
    private static final UUID DOD_REFERRAL = UUID.randomUUID();
    private static final UUID STATE_REFERRAL = UUID.randomUUID();
    private static final UUID FIRST_HOLD = UUID.randomUUID();
    private static final UUID SECOND_HOLD = UUID.randomUUID();

    @Test
    void aRunningHoldLeavesLaterDeadlinesUndatedAndTheyFallAsManyDaysAfterTodayAsTheyLieAhead() {
        // referred on day 2, held from day 5 on: DoD's day 32 lies 27 processing days past the day held
        CaseMilestones held = new Case().at(2, Kind.BIS_ACTED).referred(2, DOD_REFERRAL, "DOD")
                .held(5, FIRST_HOLD).build(true);

        RecordedDeadlines recorded = DeadlineRules.record(held, noon(8));
        RecordedDeadlines.Due agency = due(recorded, DeadlineKind.AGENCY_REVIEW);
        assertThat(recorded.clock().heldSince()).isEqualTo(day(5));
        assertThat(recorded.clock().dayAtHold()).isEqualTo(5);
        assertThat(agency.processingDay()).isEqualTo(32);
        assertThat(agency.dueOn()).as("no date while the clock stands still").isNull();
        assertThat(due(recorded, DeadlineKind.BIS_REVIEW).dueOn()).as("met, yet it moves with the hold too")
                .isNull();

        DeadlineView read = Deadlines.latest(recorded.views(noon(40)), DeadlineKind.AGENCY_REVIEW, "DOD")
                .orElseThrow();
        assertThat(read.dueOn()).isEqualTo(day(40).plusDays(27));
        assertThat(read.overdue()).isFalse();
    }

    @Test
    void aDeadlinePassedBeforeAHoldStaysOverdueWhileTheCaseIsHeld() {
        // BIS never acted; held on day 12, after its day 9 passed
        CaseMilestones held = new Case().held(12, FIRST_HOLD).build(true);

        RecordedDeadlines recorded = DeadlineRules.record(held, noon(13));
        RecordedDeadlines.Due bis = due(recorded, DeadlineKind.BIS_REVIEW);
        assertThat(bis.dueOn()).isEqualTo(day(9));
        assertThat(bis.watched()).isTrue();
        assertThat(bis.view(recorded.clock(), day(30), noon(30)).overdue()).isTrue();
    }

    @Test
    void storedDeadlinesReadOnAnyLaterDayAsDeadlinesCountedAfreshThatDay() {
        List<CaseMilestones> cases = List.of(
                new Case().build(true),
                new Case().at(3, Kind.BIS_ACTED).build(true),
                new Case().at(4, Kind.BIS_ACTED).referred(4, DOD_REFERRAL, "DOD").referred(4, STATE_REFERRAL, "STATE")
                        .answered(20, STATE_REFERRAL, "STATE", "APPROVE").build(true),
                new Case().at(4, Kind.BIS_ACTED).referred(4, DOD_REFERRAL, "DOD").held(6, FIRST_HOLD)
                        .released(16, FIRST_HOLD).held(20, SECOND_HOLD).build(true),
                new Case().held(2, FIRST_HOLD).held(4, SECOND_HOLD).released(9, FIRST_HOLD).build(true),
                new Case().at(4, Kind.BIS_ACTED).referred(4, DOD_REFERRAL, "DOD")
                        .answered(35, DOD_REFERRAL, "DOD", "DEEMED_NO_OBJECTION").build(true),
                disputedAndDeniedByTheCommittee().build(true),
                disputedAndDeniedByTheCommittee().held(50, FIRST_HOLD).build(true),
                new Case().at(3, Kind.BIS_ACTED).at(10, Kind.INTENT_NOTICED).build(true),
                new Case().at(3, Kind.BIS_ACTED).at(10, Kind.INTENT_NOTICED).at(15, Kind.INTENT_ANSWERED)
                        .held(16, FIRST_HOLD).build(true),
                new Case().at(3, Kind.BIS_ACTED).at(4, Kind.DECIDED).at(4, Kind.CLOSED).build(false),
                new Case().at(12, Kind.BIS_ACTED).at(100, Kind.DECIDED).at(100, Kind.CLOSED).build(false));
        int compared = 0;
        for (CaseMilestones milestones : cases) {
            int last = milestones.milestones().stream().map(Milestone::occurredAt).filter(at -> at != null)
                    .map(DeadlineRules::date).max(LocalDate::compareTo).map(d -> (int) (d.toEpochDay()
                            - REGISTERED.toEpochDay())).orElseThrow();
            for (int storedOn = last; storedOn <= last + 70; storedOn += 7) {
                RecordedDeadlines stored = DeadlineRules.record(milestones, noon(storedOn));
                for (int readOn = storedOn; readOn <= storedOn + 120; readOn += 3) {
                    Instant now = noon(readOn);
                    RecordedDeadlines afresh = DeadlineRules.record(milestones, now);
                    assertThat(stored.views(now)).as("%s stored on day %d, read on day %d", milestones, storedOn,
                            readOn).isEqualTo(afresh.views(now));
                    assertThat(stored.clock().processingDay(day(readOn)))
                            .isEqualTo(DeadlineRules.clock(milestones, now).dayOn(day(readOn)));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aDenialReachedOnTheLadderIsNoticedWithinFiveDaysOnceItsAppealWindowCloses() {
        // the committee denied on day 60; the window of 5 days closes on day 65, the notice is due on day 70
        RecordedDeadlines recorded = DeadlineRules.record(disputedAndDeniedByTheCommittee().build(true), noon(61));

        assertThat(recorded.views(noon(64)).stream().map(DeadlineView::kind))
                .doesNotContain(DeadlineKind.LADDER_DENIAL_NOTICE);
        DeadlineView notice = Deadlines.latest(recorded.views(noon(65)), DeadlineKind.LADDER_DENIAL_NOTICE, null)
                .orElseThrow();
        assertThat(notice.dueOn()).isEqualTo(day(70));
        assertThat(notice.overdue()).isFalse();
        assertThat(Deadlines.latest(recorded.views(noon(71)), DeadlineKind.LADDER_DENIAL_NOTICE, null)
                .orElseThrow().overdue()).isTrue();
    }

    private static Case disputedAndDeniedByTheCommittee() {
        Case disputed = new Case().at(3, Kind.BIS_ACTED).referred(3, DOD_REFERRAL, "DOD")
                .answered(20, DOD_REFERRAL, "DOD", "DENY");
        disputed.milestones.add(Milestone.at(Kind.DISPUTED, null));
        disputed.milestones.add(new Milestone(Kind.RULED, UUID.randomUUID(), "OPERATING_COMMITTEE", "DENIED",
                noon(60)));
        return disputed;
    }

    private static RecordedDeadlines.Due due(RecordedDeadlines recorded, DeadlineKind kind) {
        return recorded.deadlines().stream().filter(due -> due.kind() == kind).findFirst().orElseThrow();
    }

    private static LocalDate day(int day) {
        return REGISTERED.plusDays(day);
    }

    private static Instant noon(int day) {
        return day(day).atTime(12, 0).atZone(DeadlineRules.EASTERN).toInstant();
    }

    /** A case's milestones, by the day (after registration) each happened. */
    private static final class Case {

        private final List<Milestone> milestones = new ArrayList<>(List.of(Milestone.at(Kind.REGISTERED, noon(0))));

        Case at(int day, Kind kind) {
            milestones.add(Milestone.at(kind, noon(day)));
            return this;
        }

        Case referred(int day, UUID referral, String agency) {
            milestones.add(new Milestone(Kind.REFERRED, referral, agency, null, noon(day)));
            return this;
        }

        Case answered(int day, UUID referral, String agency, String type) {
            milestones.add(new Milestone(Kind.AGENCY_ANSWERED, referral, type, agency, noon(day)));
            return this;
        }

        Case held(int day, UUID hold) {
            milestones.add(new Milestone(Kind.HOLD_STARTED, hold, "FOREIGN_CONSULTATION", null, noon(day)));
            return this;
        }

        Case released(int day, UUID hold) {
            milestones.add(new Milestone(Kind.HOLD_RELEASED, hold, null, null, noon(day)));
            return this;
        }

        CaseMilestones build(boolean open) {
            return new CaseMilestones(UUID.randomUUID(), "A000001", open, List.copyOf(milestones));
        }
    }
}
