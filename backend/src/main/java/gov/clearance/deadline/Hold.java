package gov.clearance.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A hold placed on a case; its end is a separate record ({@link HoldRelease}). */
@Entity
@Immutable
@Table(name = "deadline_hold")
class Hold {

    @Id
    private UUID id;
    private UUID applicationId;
    private UUID referralId;

    @Enumerated(EnumType.STRING)
    private HoldReason reason;

    private String why;
    private boolean stopsClock;
    private boolean late;
    private Instant startedAt;
    private String startedBy;
    private String startedByAgency;

    protected Hold() {
    }

    Hold(UUID id, UUID applicationId, UUID referralId, HoldReason reason, String why, boolean stopsClock, boolean late,
            Instant startedAt, String startedBy, String startedByAgency) {
        this.id = id;
        this.applicationId = applicationId;
        this.referralId = referralId;
        this.reason = reason;
        this.why = why;
        this.stopsClock = stopsClock;
        this.late = late;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.startedByAgency = startedByAgency;
    }

    UUID id() {
        return id;
    }

    UUID applicationId() {
        return applicationId;
    }

    HoldReason reason() {
        return reason;
    }

    boolean stopsClock() {
        return stopsClock;
    }

    Instant startedAt() {
        return startedAt;
    }

    HoldView view(HoldRelease release) {
        return new HoldView(id, applicationId, referralId, reason, why, stopsClock, late, startedAt, startedBy,
                startedByAgency, release == null ? null : release.releasedAt(),
                release == null ? null : release.releasedBy(), release == null ? null : release.note());
    }
}
