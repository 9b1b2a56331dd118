package gov.clearance.position;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A component's recorded assessment. Written once per assessment. */
@Entity
@Immutable
@Table(name = "position_assessment_result")
class AssessmentOutcome {

    @Id
    private UUID assessmentId;

    @Enumerated(EnumType.STRING)
    private PositionType recommendation;

    private String rationale;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] conditions;

    private String recordedBy;
    private String recordedByAgency;
    private Instant recordedAt;

    protected AssessmentOutcome() {
    }

    AssessmentOutcome(UUID assessmentId, AssessmentResult result, String recordedBy, String recordedByAgency,
            Instant recordedAt) {
        this.assessmentId = assessmentId;
        this.recommendation = result.recommendation();
        this.rationale = result.rationale().strip();
        this.conditions = result.conditions().stream().map(String::strip).toArray(String[]::new);
        this.recordedBy = recordedBy;
        this.recordedByAgency = recordedByAgency;
        this.recordedAt = recordedAt;
    }

    UUID assessmentId() { return assessmentId; }
    PositionType recommendation() { return recommendation; }
    String rationale() { return rationale; }
    List<String> conditions() { return conditions == null ? List.of() : Arrays.asList(conditions); }
    String recordedBy() { return recordedBy; }
    Instant recordedAt() { return recordedAt; }
}
