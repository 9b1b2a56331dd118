package gov.clearance.referral;

import java.time.Instant;
import java.util.UUID;

/** A referral of a case to one agency. */
public record ReferralView(UUID id, UUID applicationId, UUID reviewId, String agency, Instant referredAt) {
}
