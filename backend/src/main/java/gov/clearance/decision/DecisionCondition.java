package gov.clearance.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "decision_condition")
class DecisionCondition {

    @Id
    private UUID id;
    private int sequence;
    private String text;
    private String authorAgency;
    private UUID sourcePositionId;

    protected DecisionCondition() {
    }

    DecisionCondition(UUID id, int sequence, String text, String authorAgency, UUID sourcePositionId) {
        this.id = id;
        this.sequence = sequence;
        this.text = text;
        this.authorAgency = authorAgency;
        this.sourcePositionId = sourcePositionId;
    }

    DecisionView.ConditionView view() {
        return new DecisionView.ConditionView(sequence, text, authorAgency);
    }
}
