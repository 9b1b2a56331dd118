package gov.clearance.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A dissenting agency's written appeal of a ruling to the next rung of the ladder. Written once. */
@Entity
@Immutable
@Table(name = "decision_appeal")
class Appeal {

    @Id
    private UUID id;
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    private EscalationLevel toLevel;

    private String agency;
    private String signatoryName;
    private String signatoryTitle;
    private boolean senateConfirmed;
    private String statutoryBasis;
    private String regulatoryBasis;
    private String statement;
    private String filedBy;
    private String filedByAgency;
    private Instant filedAt;

    protected Appeal() {
    }

    Appeal(UUID id, UUID applicationId, EscalationLevel toLevel, String agency, AppealRequest request, String filedBy,
            String filedByAgency, Instant filedAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.toLevel = toLevel;
        this.agency = agency;
        this.signatoryName = request.signatoryName().strip();
        this.signatoryTitle = request.signatoryTitle().strip();
        this.senateConfirmed = request.senateConfirmed();
        this.statutoryBasis = request.statutoryBasis().strip();
        this.regulatoryBasis = request.regulatoryBasis().strip();
        this.statement = request.statement().strip();
        this.filedBy = filedBy;
        this.filedByAgency = filedByAgency;
        this.filedAt = filedAt;
    }

    UUID id() {
        return id;
    }

    EscalationLevel toLevel() {
        return toLevel;
    }

    AppealView view(List<BoardVoteView> votes) {
        return new AppealView(id, applicationId, toLevel, agency, signatoryName, signatoryTitle, senateConfirmed,
                statutoryBasis, regulatoryBasis, statement, filedBy, filedByAgency, filedAt, votes);
    }
}
