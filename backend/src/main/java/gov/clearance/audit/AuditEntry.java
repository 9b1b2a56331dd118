package gov.clearance.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID applicationId;
    private Instant occurredAt;
    private String actor;
    private String actorName;
    private String actorAgency;
    private String action;

    @Column(name = "state_before")
    @JdbcTypeCode(SqlTypes.JSON)
    private String before;

    @Column(name = "state_after")
    @JdbcTypeCode(SqlTypes.JSON)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(UUID applicationId, Instant occurredAt, String actor, String actorName, String actorAgency,
            String action, String before, String after) {
        this.applicationId = applicationId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.actorAgency = actorAgency;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    long id() { return id; }
    Instant occurredAt() { return occurredAt; }
    String actor() { return actor; }
    String actorName() { return actorName; }
    String actorAgency() { return actorAgency; }
    String action() { return action; }
    String before() { return before; }
    String after() { return after; }
}
