package gov.clearance.position;

import java.util.List;
import java.util.UUID;

/** An agency's arbiter asked its components for internal assessments. */
public record AssessmentsRequested(UUID applicationId, UUID referralId, String agency, List<String> components) {
}
