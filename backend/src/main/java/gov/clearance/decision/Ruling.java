package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A ruling on a disputed case at one rung of the escalation ladder. Written once. */
@Entity
@Immutable
@Table(name = "decision_ruling")
class Ruling {

    @Id
    private UUID id;
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    private EscalationLevel level;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String rationale;
    private String ruledBy;
    private String ruledByAgency;
    private Instant ruledAt;

    protected Ruling() {
    }

    Ruling(UUID id, UUID applicationId, EscalationLevel level, Outcome outcome, String rationale, String ruledBy,
            String ruledByAgency, Instant ruledAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.level = level;
        this.outcome = outcome;
        this.rationale = rationale;
        this.ruledBy = ruledBy;
        this.ruledByAgency = ruledByAgency;
        this.ruledAt = ruledAt;
    }

    RulingView view() {
        return new RulingView(id, applicationId, level, outcome, rationale, ruledBy, ruledByAgency, ruledAt);
    }
}
