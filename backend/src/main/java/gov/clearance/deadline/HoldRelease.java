package gov.clearance.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The end of a hold: the processing clock runs again from here. */
@Entity
@Immutable
@Table(name = "deadline_hold_release")
class HoldRelease {

    @Id
    private UUID holdId;
    private Instant releasedAt;
    private String releasedBy;
    private String releasedByAgency;
    private String note;

    protected HoldRelease() {
    }

    HoldRelease(UUID holdId, Instant releasedAt, String releasedBy, String releasedByAgency, String note) {
        this.holdId = holdId;
        this.releasedAt = releasedAt;
        this.releasedBy = releasedBy;
        this.releasedByAgency = releasedByAgency;
        this.note = note;
    }

    UUID holdId() {
        return holdId;
    }

    Instant releasedAt() {
        return releasedAt;
    }

    String releasedBy() {
        return releasedBy;
    }

    String note() {
        return note;
    }
}
