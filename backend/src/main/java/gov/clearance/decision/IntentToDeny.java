package gov.clearance.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** BIS's notice that it intends to deny an application (15 CFR 750.6). Written once. */
@Entity
@Immutable
@Table(name = "decision_intent_to_deny")
class IntentToDeny {

    @Id
    private UUID id;
    private UUID applicationId;
    private String statutoryBasis;
    private String regulatoryBasis;
    private String reasons;
    private String reconsideration;
    private String contact;
    private String issuedBy;
    private String issuedByAgency;
    private Instant issuedAt;

    protected IntentToDeny() {
    }

    IntentToDeny(UUID id, UUID applicationId, IntentToDenyRequest notice, String issuedBy, String issuedByAgency,
            Instant issuedAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.statutoryBasis = notice.statutoryBasis().strip();
        this.regulatoryBasis = notice.regulatoryBasis().strip();
        this.reasons = notice.reasons().strip();
        this.reconsideration = notice.reconsideration().strip();
        this.contact = notice.contact().strip();
        this.issuedBy = issuedBy;
        this.issuedByAgency = issuedByAgency;
        this.issuedAt = issuedAt;
    }

    UUID id() {
        return id;
    }

    UUID applicationId() {
        return applicationId;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    String reasons() {
        return reasons;
    }

    String issuedBy() {
        return issuedBy;
    }

    String issuedByAgency() {
        return issuedByAgency;
    }

    IntentToDenyView view(IntentToDenyView.Windows windows, IntentToDenyView.Response response,
            IntentToDenyView.Withdrawal withdrawal, IntentToDenyView.Appeal appeal) {
        return new IntentToDenyView(id, applicationId, statutoryBasis, regulatoryBasis, reasons, reconsideration, contact,
                IntentsToDeny.APPEAL_RIGHTS, issuedBy, issuedAt, windows, response, withdrawal, appeal);
    }
}
