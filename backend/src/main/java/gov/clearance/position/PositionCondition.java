package gov.clearance.position;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "position_condition")
class PositionCondition {

    @Id
    private UUID id;
    private int sequence;
    private String text;
    private String authorAgency;
    private String adoptedFrom;

    protected PositionCondition() {
    }

    PositionCondition(UUID id, int sequence, String text, String authorAgency, String adoptedFrom) {
        this.adoptedFrom = adoptedFrom;
        this.id = id;
        this.sequence = sequence;
        this.text = text;
        this.authorAgency = authorAgency;
    }

    PositionView.ConditionView view() {
        return new PositionView.ConditionView(sequence, text, authorAgency, adoptedFrom);
    }
}
