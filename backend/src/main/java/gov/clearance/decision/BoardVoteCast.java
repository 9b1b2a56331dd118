package gov.clearance.decision;

import java.util.UUID;

/** A member agency voted; its vote task in the process is done. */
public record BoardVoteCast(UUID applicationId, UUID appealId, String memberAgency, String votedBy) {
}
