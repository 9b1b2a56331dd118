package gov.clearance.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded reclassification, shown to every reviewer of the case.
 *
 * @param items each item corrected, with the ECCN it had before
 */
public record ReclassificationView(UUID id, List<Correction> items, String rationale, String recordedBy,
        Instant recordedAt) {

    /** One item's ECCN before and after. */
    public record Correction(int item, String before, String after) {
    }
}
