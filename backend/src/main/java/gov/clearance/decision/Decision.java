package gov.clearance.decision;

import gov.clearance.intake.Outcome;
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

@Entity
@Immutable
@Table(name = "decision_decision")
class Decision {

    @Id
    private UUID id;
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String rationale;

    @Enumerated(EnumType.STRING)
    private DecisionAuthority authority;

    private String decidedBy;
    private String decidedByAgency;
    private Instant decidedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    @OrderBy("sequence")
    private List<DecisionCondition> conditions = new ArrayList<>();

    protected Decision() {
    }

    Decision(UUID id, UUID applicationId, Outcome outcome, String rationale, DecisionAuthority authority,
            String decidedBy, String decidedByAgency, Instant decidedAt, List<DecisionCondition> conditions) {
        this.id = id;
        this.applicationId = applicationId;
        this.outcome = outcome;
        this.rationale = rationale;
        this.authority = authority;
        this.decidedBy = decidedBy;
        this.decidedByAgency = decidedByAgency;
        this.decidedAt = decidedAt;
        this.conditions.addAll(conditions);
    }

    UUID id() { return id; }
    UUID applicationId() { return applicationId; }
    Outcome outcome() { return outcome; }
    DecisionAuthority authority() { return authority; }
    String decidedBy() { return decidedBy; }

    List<DecisionView.ConditionView> conditionViews() {
        return conditions.stream().map(DecisionCondition::view).toList();
    }

    DecisionView view(DecisionView.LicenseView license) {
        return new DecisionView(id, applicationId, outcome, rationale, authority, decidedBy, decidedByAgency,
                decidedAt, conditionViews(), license);
    }
}
