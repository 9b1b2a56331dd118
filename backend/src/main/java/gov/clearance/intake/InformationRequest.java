package gov.clearance.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A question BIS asked the applicant. Written once; the answer is a record of its own. */
@Entity
@Immutable
@Table(name = "intake_information_request")
class InformationRequest {

    @Id
    private UUID id;
    private UUID applicationId;
    private String question;
    private String askedBy;
    private String askedByAgency;
    private Instant askedAt;
    private LocalDate respondBy;

    protected InformationRequest() {
    }

    InformationRequest(UUID id, UUID applicationId, String question, String askedBy, String askedByAgency,
            Instant askedAt, LocalDate respondBy) {
        this.id = id;
        this.applicationId = applicationId;
        this.question = question;
        this.askedBy = askedBy;
        this.askedByAgency = askedByAgency;
        this.askedAt = askedAt;
        this.respondBy = respondBy;
    }

    UUID id() { return id; }
    UUID applicationId() { return applicationId; }
    String question() { return question; }
    Instant askedAt() { return askedAt; }
    LocalDate respondBy() { return respondBy; }
}
