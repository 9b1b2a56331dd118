package gov.clearance.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a staff search result. */
public record ApplicationSummary(UUID id, String controlNumber, ApplicationStatus status, Outcome outcome,
        String organization, String applicantName, String destinationCountry, List<String> eccns,
        BigDecimal totalValue, Instant registeredAt) {
}
