package gov.clearance.position;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A request to an agency component for an internal assessment. */
@Entity
@Immutable
@Table(name = "position_assessment")
class Assessment {

    @Id
    private UUID id;
    private UUID referralId;
    private UUID applicationId;
    private String component;
    /** The component's n-th assessment on this referral: a round is asked for once (the database holds it). */
    private int round;
    private String instructions;
    private String requestedBy;
    private Instant requestedAt;

    protected Assessment() {
    }

    Assessment(UUID id, UUID referralId, UUID applicationId, String component, int round, String instructions,
            String requestedBy, Instant requestedAt) {
        this.id = id;
        this.referralId = referralId;
        this.applicationId = applicationId;
        this.component = component;
        this.round = round;
        this.instructions = instructions;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    UUID id() { return id; }
    UUID referralId() { return referralId; }
    UUID applicationId() { return applicationId; }
    String component() { return component; }

    AssessmentView view(AssessmentOutcome outcome) {
        return new AssessmentView(id, referralId, applicationId, component, instructions, requestedBy, requestedAt,
                outcome == null ? null : outcome.recommendation(), outcome == null ? null : outcome.rationale(),
                outcome == null ? java.util.List.of() : outcome.conditions(),
                outcome == null ? null : outcome.recordedBy(), outcome == null ? null : outcome.recordedAt());
    }
}
