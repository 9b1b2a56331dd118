package gov.clearance.position;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * An agency's position. Written once: a new position (after a return without action) is a new
 * record naming the one it supersedes, never an edit.
 */
@Entity
@Immutable
@Table(name = "position_position")
class Position {

    @Id
    private UUID id;
    private UUID referralId;
    private UUID applicationId;
    private String agency;

    @Enumerated(EnumType.STRING)
    private PositionType type;

    private String rationale;
    private String statutoryBasis;
    private String regulatoryBasis;
    private String missingInformation;
    private String recordedBy;
    private String recordedByAgency;
    private Instant recordedAt;
    private UUID supersedes;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "position_id", nullable = false, updatable = false)
    @OrderBy("sequence")
    private List<PositionCondition> conditions = new ArrayList<>();

    protected Position() {
    }

    /** A component's condition the position carries over: its words, and the component. */
    record Adopted(String text, String component) {
    }

    Position(UUID id, UUID referralId, UUID applicationId, String agency, PositionRequest request,
            List<Adopted> adopted, String recordedBy, String recordedByAgency, Instant recordedAt, UUID supersedes) {
        this.id = id;
        this.referralId = referralId;
        this.applicationId = applicationId;
        this.agency = agency;
        this.type = request.type();
        this.rationale = request.rationale().strip();
        this.statutoryBasis = blankToNull(request.statutoryBasis());
        this.regulatoryBasis = blankToNull(request.regulatoryBasis());
        this.missingInformation = blankToNull(request.missingInformation());
        this.recordedBy = recordedBy;
        this.recordedByAgency = recordedByAgency;
        this.recordedAt = recordedAt;
        this.supersedes = supersedes;
        for (int i = 0; i < request.conditions().size(); i++) {
            conditions.add(new PositionCondition(UUID.randomUUID(), i + 1, request.conditions().get(i).strip(), agency,
                    null));
        }
        for (Adopted condition : adopted) {
            conditions.add(new PositionCondition(UUID.randomUUID(), conditions.size() + 1, condition.text(), agency,
                    condition.component()));
        }
    }

    UUID id() {
        return id;
    }

    UUID applicationId() {
        return applicationId;
    }

    UUID referralId() {
        return referralId;
    }

    String agency() {
        return agency;
    }

    PositionType type() {
        return type;
    }

    String missingInformation() {
        return missingInformation;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    UUID supersedes() {
        return supersedes;
    }

    PositionView view() {
        return new PositionView(id, referralId, applicationId, agency, type, rationale, statutoryBasis,
                regulatoryBasis, missingInformation,
                conditions.stream().map(PositionCondition::view).toList(), recordedBy, recordedByAgency, recordedAt,
                supersedes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
