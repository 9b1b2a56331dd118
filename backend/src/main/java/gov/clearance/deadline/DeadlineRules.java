package gov.clearance.deadline;

import gov.clearance.decision.EscalationLevel;
import gov.clearance.position.PositionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The deadline rules of 15 CFR 750.4, 750.6 and Executive Order 12981, counted on the processing clock from a
 * case's milestones. Pure: the same milestones and the same day give the same deadlines.
 */
final class DeadlineRules {

    /** Days are calendar days in US Eastern time. */
    static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private DeadlineRules() {
    }

    static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, EASTERN);
    }

    /** The moment a deadline due on a date passes: the start of the next day, US Eastern. */
    static Instant dueBy(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(EASTERN).toInstant();
    }

    /** The processing clock of the case on the day of {@code now}. */
    static ProcessingClock clock(CaseMilestones milestones, Instant now) {
        Map<UUID, LocalDate> released = new HashMap<>();
        milestones.of(Milestone.Kind.HOLD_RELEASED)
                .forEach(release -> released.put(release.subject(), date(release.occurredAt())));
        List<ProcessingClock.HeldSpan> spans = milestones.of(Milestone.Kind.HOLD_STARTED).stream()
                .map(start -> new ProcessingClock.HeldSpan(date(start.occurredAt()), released.get(start.subject())))
                .toList();
        return new ProcessingClock(date(registeredAt(milestones)), date(now), spans);
    }

    private static Instant registeredAt(CaseMilestones milestones) {
        return milestones.first(Milestone.Kind.REGISTERED).orElseThrow().occurredAt();
    }

    /**
     * The case's deadlines as they are recorded on the day of {@code now}: a deadline whose day falls after the
     * start of a running hold has no date yet, and a denial's notice reached on the ladder is recorded only once
     * the day it stands on has come (or the hold keeps it from coming: a release records the deadlines again).
     */
    static RecordedDeadlines record(CaseMilestones milestones, Instant now) {
        ProcessingClock processing = clock(milestones, now);
        LocalDate heldSince = processing.heldSince().orElse(null);
        Integer dayAtHold = heldSince == null ? null : processing.dayOn(heldSince);
        RecordedDeadlines.CaseClock clock = new RecordedDeadlines.CaseClock(milestones.controlNumber(),
                processing.registeredOn(), milestones.open(), processing.heldDays(), heldSince, dayAtHold);
        List<RecordedDeadlines.Due> recorded = new ArrayList<>();
        for (Deadline deadline : deadlines(milestones, processing)) {
            boolean paused = heldSince != null && deadline.day() > dayAtHold;
            if (deadline.arisesOnDay() != null && heldSince != null && deadline.arisesOnDay() > dayAtHold) {
                continue;
            }
            LocalDate arisesOn = deadline.arisesOnDay() == null ? null : processing.dateOfDay(deadline.arisesOnDay());
            LocalDate projected = processing.dateOfDay(deadline.day());
            Instant metAt = deadline.metAt();
            boolean metLate = metAt != null && !metAt.isBefore(dueBy(projected));
            boolean watched = milestones.open() && deadline.kind().duty() && !deadline.metBySystem()
                    && (metAt == null || metLate);
            recorded.add(new RecordedDeadlines.Due(deadline.kind(), deadline.what(), deadline.agency(), deadline.day(),
                    paused ? null : projected, arisesOn, metAt, deadline.metBySystem(), metLate, watched));
        }
        return new RecordedDeadlines(milestones.applicationId(), clock, recorded);
    }

    /** A deadline counted in processing days, before it is given a date. */
    private record Deadline(DeadlineKind kind, String what, String agency, int day, Instant metAt, boolean metBySystem,
            Integer arisesOnDay) {
    }

    private static List<Deadline> deadlines(CaseMilestones milestones, ProcessingClock processing) {
        List<Deadline> found = new ArrayList<>();
        // A question to the applicant stops the clock but does not meet the 9 days of 750.4(c): BIS still
        // acts (refers, returns or decides) by processing day 9, which the days on hold move later.
        Instant firstAction = milestones.first(Milestone.Kind.BIS_ACTED).map(Milestone::occurredAt).orElse(null);
        found.add(duty(DeadlineKind.BIS_REVIEW, null, DeadlineKind.BIS_REVIEW.days(), firstAction));

        Map<UUID, Milestone> answers = new HashMap<>();
        milestones.of(Milestone.Kind.AGENCY_ANSWERED).forEach(answer -> answers.putIfAbsent(answer.subject(), answer));
        int lastAgencyDay = 0;
        for (Milestone referral : milestones.of(Milestone.Kind.REFERRED)) {
            int day = processing.dayOn(date(referral.occurredAt())) + DeadlineKind.AGENCY_REVIEW.days();
            lastAgencyDay = Math.max(lastAgencyDay, day);
            Milestone answer = answers.get(referral.subject());
            found.add(new Deadline(DeadlineKind.AGENCY_REVIEW, DeadlineKind.AGENCY_REVIEW.what(), referral.detail(),
                    day, answer == null ? null : answer.occurredAt(),
                    answer != null && PositionType.DEEMED_NO_OBJECTION.name().equals(answer.detail()), null));
        }

        Instant decidedAt = milestones.first(Milestone.Kind.DECIDED).map(Milestone::occurredAt).orElse(null);
        Instant referredToPresident = null;
        if (milestones.first(Milestone.Kind.DISPUTED).isPresent()) {
            List<Milestone> rulings = milestones.of(Milestone.Kind.RULED);
            List<Milestone> appeals = milestones.of(Milestone.Kind.APPEALED);
            Instant committee = rulings.stream()
                    .filter(ruling -> level(ruling) == EscalationLevel.OPERATING_COMMITTEE)
                    .map(Milestone::occurredAt).findFirst().orElse(null);
            found.add(duty(DeadlineKind.OPERATING_COMMITTEE, null,
                    lastAgencyDay + DeadlineKind.OPERATING_COMMITTEE.days(), committee));
            for (Milestone ruling : rulings) {
                if (level(ruling).next().isEmpty()) {
                    continue;
                }
                EscalationLevel next = level(ruling).next().get();
                Instant closed = appeals.stream().filter(appeal -> level(appeal) == next)
                        .map(Milestone::occurredAt).findFirst().orElse(decidedAt);
                found.add(new Deadline(DeadlineKind.APPEAL_WINDOW,
                        "a dissenting agency may appeal the " + level(ruling).words() + " ruling to " + next.words(), null,
                        processing.dayOn(date(ruling.occurredAt())) + DeadlineKind.APPEAL_WINDOW.days(), closed, false,
                        null));
            }
            ladderDenialNotice(milestones, rulings, appeals, processing).ifPresent(found::add);
            for (Milestone appeal : appeals) {
                if (level(appeal) == EscalationLevel.PRESIDENT) {
                    referredToPresident = appeal.occurredAt();
                    continue;
                }
                Instant ruled = rulings.stream().filter(ruling -> level(ruling) == level(appeal))
                        .map(Milestone::occurredAt).findFirst().orElse(null);
                found.add(new Deadline(DeadlineKind.BOARD, level(appeal).words() + " rules on " + appeal.party() + "'s appeal",
                        null, processing.dayOn(date(appeal.occurredAt())) + DeadlineKind.BOARD.days(), ruled, false,
                        null));
            }
        }
        Optional<Milestone> notice = milestones.first(Milestone.Kind.INTENT_NOTICED);
        if (notice.isPresent() && milestones.first(Milestone.Kind.INTENT_WITHDRAWN).isEmpty()) {
            int noticeDay = processing.dayOn(date(notice.get().occurredAt()));
            found.add(duty(DeadlineKind.INTENT_RESPONSE, null, noticeDay + DeadlineKind.INTENT_RESPONSE.days(),
                    milestones.first(Milestone.Kind.INTENT_ANSWERED).map(Milestone::occurredAt).orElse(null)));
            found.add(duty(DeadlineKind.INTENT_FINAL, null, noticeDay + DeadlineKind.INTENT_FINAL.days(), decidedAt));
        }
        Instant resolved = referredToPresident != null ? referredToPresident
                : decidedAt != null ? decidedAt
                : milestones.first(Milestone.Kind.CLOSED).map(Milestone::occurredAt).orElse(null);
        found.add(duty(DeadlineKind.RESOLUTION, null, DeadlineKind.RESOLUTION.days(), resolved));
        return found;
    }

    /**
     * The 5 days of 750.6(a) for BIS's notice of a denial reached on the ladder: once the standing ruling denies and
     * can no longer be appealed (no appeal to the next level, and its window has closed or there is no next level).
     */
    private static Optional<Deadline> ladderDenialNotice(CaseMilestones milestones, List<Milestone> rulings,
            List<Milestone> appeals, ProcessingClock processing) {
        Milestone standing = rulings.stream().max(Comparator.comparing(Milestone::occurredAt)).orElse(null);
        if (standing == null || !"DENIED".equals(standing.party())) {
            return Optional.empty();
        }
        Optional<EscalationLevel> next = level(standing).next();
        if (next.isPresent() && appeals.stream().anyMatch(appeal -> level(appeal) == next.get())) {
            return Optional.empty();
        }
        int standsOn = processing.dayOn(date(standing.occurredAt()))
                + (next.isPresent() ? DeadlineKind.APPEAL_WINDOW.days() : 0);
        Instant noticed = milestones.first(Milestone.Kind.INTENT_NOTICED).map(Milestone::occurredAt)
                .filter(issued -> issued.isAfter(standing.occurredAt())).orElse(null);
        return Optional.of(new Deadline(DeadlineKind.LADDER_DENIAL_NOTICE, DeadlineKind.LADDER_DENIAL_NOTICE.what(),
                null, standsOn + DeadlineKind.LADDER_DENIAL_NOTICE.days(), noticed, false, standsOn));
    }

    private static Deadline duty(DeadlineKind kind, String agency, int day, Instant metAt) {
        return new Deadline(kind, kind.what(), agency, day, metAt, false, null);
    }

    private static EscalationLevel level(Milestone milestone) {
        return EscalationLevel.valueOf(milestone.detail());
    }
}
