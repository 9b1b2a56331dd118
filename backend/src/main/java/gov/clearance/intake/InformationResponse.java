package gov.clearance.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The applicant's answer to one information request. */
@Entity
@Immutable
@Table(name = "intake_information_response")
class InformationResponse {

    @Id
    private UUID requestId;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    protected InformationResponse() {
    }

    InformationResponse(UUID requestId, String answer, String answeredBy, Instant answeredAt) {
        this.requestId = requestId;
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    UUID requestId() { return requestId; }
    String answer() { return answer; }
    String answeredBy() { return answeredBy; }
    Instant answeredAt() { return answeredAt; }
}
