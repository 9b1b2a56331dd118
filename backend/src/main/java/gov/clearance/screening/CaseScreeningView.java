package gov.clearance.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's screening: when its parties were last screened and against which list, the hits, and the
 * license review policy a true Entity List match sets. Staff only.
 *
 * @param lastRun the latest screening of the case's parties, or {@code null} if no list was in force yet
 * @param openHits the hits still to adjudicate; while any is open the case cannot be decided
 * @param reviewPolicy the Entity List's license review policy of a party adjudicated a true match, or
 *        {@code null}
 */
public record CaseScreeningView(UUID applicationId, RunView lastRun, int openHits, String reviewPolicy,
        List<ScreeningHitView> hits) {

    /** One screening of the case's parties. */
    public record RunView(UUID listImportId, String listFileName, Instant listImportedAt, String cause, int parties,
            int hits, int newHits, Instant screenedAt) {
    }
}
