package gov.clearance.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "referral_referral")
class Referral {

    @Id
    private UUID id;
    private UUID applicationId;
    private UUID reviewId;
    private String agency;
    private Instant referredAt;

    protected Referral() {
    }

    Referral(UUID id, UUID applicationId, UUID reviewId, String agency, Instant referredAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.reviewId = reviewId;
        this.agency = agency;
        this.referredAt = referredAt;
    }

    UUID reviewId() { return reviewId; }
    UUID applicationId() { return applicationId; }
    String agency() { return agency; }

    ReferralView view() {
        return new ReferralView(id, applicationId, reviewId, agency, referredAt);
    }
}
