package gov.clearance.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * A hold as staff see it on the case.
 *
 * @param stopsClock whether the processing clock stopped for it (a late agency request does not)
 * @param late an agency's request for missing information made more than 10 days after referral
 * @param releasedAt when the hold ended, or {@code null} while it runs
 */
public record HoldView(UUID id, UUID applicationId, UUID referralId, HoldReason reason, String why, boolean stopsClock,
        boolean late, Instant startedAt, String startedBy, String startedByAgency, Instant releasedAt,
        String releasedBy, String releaseNote) {

    public boolean running() {
        return releasedAt == null;
    }
}
