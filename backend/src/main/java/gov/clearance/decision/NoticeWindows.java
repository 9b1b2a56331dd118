package gov.clearance.decision;

import java.time.LocalDate;

/**
 * The last days of a notice of intent to deny, on the case's processing clock (so a hold moves them
 * like every other deadline). The deadline module keeps the clock and answers.
 */
public interface NoticeWindows {

    /** The last day to respond: 20 days after the notice. */
    LocalDate respondBy(java.util.UUID applicationId, java.time.Instant noticedAt);

    /** The last day to appeal, after which the denial becomes final: 45 days after the notice. */
    LocalDate finalAfter(java.util.UUID applicationId, java.time.Instant noticedAt);
}
