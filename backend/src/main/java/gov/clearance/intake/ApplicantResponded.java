package gov.clearance.intake;

import java.util.UUID;

/** The applicant answered BIS's information request; the case returns to BIS review. */
public record ApplicantResponded(UUID applicationId, UUID requestId) {
}
