package gov.clearance.deadline;

import java.util.UUID;

/** A hold on the case started or ended: every deadline of the case moves with it. */
public record HoldsChanged(UUID applicationId, boolean onHold) {
}
