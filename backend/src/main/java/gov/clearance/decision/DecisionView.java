package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision, its conditions and the license it created. */
public record DecisionView(UUID id, UUID applicationId, Outcome outcome, String rationale,
        DecisionAuthority authority, String decidedBy, String decidedByAgency, Instant decidedAt,
        List<ConditionView> conditions, LicenseView license) {

    /** A condition of the decision, attributed to the agency that wrote it. */
    public record ConditionView(int sequence, String text, String authorAgency) {
    }

    /** A license issued on an approval. */
    public record LicenseView(String licenseNumber, Instant issuedAt, LocalDate validFrom, LocalDate validUntil,
            List<LicensedItem> items, List<ConditionView> conditions) {
    }

    /** An item the license authorizes. */
    public record LicensedItem(String eccn, String model, String description, BigDecimal quantity, String units,
            BigDecimal unitPrice, BigDecimal totalPrice) {
    }
}
