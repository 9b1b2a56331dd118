package gov.clearance.intake;

import java.util.UUID;

/** An application was registered and its processing must start. */
public record ApplicationSubmitted(UUID applicationId, String controlNumber) {
}
