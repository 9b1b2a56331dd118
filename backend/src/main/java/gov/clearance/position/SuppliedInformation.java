package gov.clearance.position;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What BIS supplied in answer to an agency's return without action. Written once. */
@Entity
@Immutable
@Table(name = "position_information_supplied")
class SuppliedInformation {

    @Id
    private UUID id;
    private UUID positionId;
    private UUID referralId;
    private UUID applicationId;
    private String agency;
    private String information;
    private String suppliedBy;
    private String suppliedByAgency;
    private Instant suppliedAt;

    protected SuppliedInformation() {
    }

    SuppliedInformation(UUID id, Position returned, String information, String suppliedBy, String suppliedByAgency,
            Instant suppliedAt) {
        this.id = id;
        this.positionId = returned.id();
        this.referralId = returned.referralId();
        this.applicationId = returned.applicationId();
        this.agency = returned.agency();
        this.information = information;
        this.suppliedBy = suppliedBy;
        this.suppliedByAgency = suppliedByAgency;
        this.suppliedAt = suppliedAt;
    }

    UUID positionId() {
        return positionId;
    }

    SuppliedInformationView view() {
        return new SuppliedInformationView(id, positionId, referralId, agency, information, suppliedBy, suppliedAt);
    }
}
