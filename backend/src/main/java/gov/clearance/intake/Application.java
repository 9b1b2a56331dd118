package gov.clearance.intake;

import gov.clearance.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A license application. It guards its own lifecycle: every change of status goes through a
 * method that refuses it unless the case is in a state that allows it.
 */
@Entity
@Table(name = "intake_application")
class Application {

    @Id
    private UUID id;
    private String organization;
    private String createdBy;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String controlNumber;
    private String transactionFingerprint;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form")
    private String form;

    private String destinationCountry;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] eccns;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] countries;

    private String searchText;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant registeredAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(UUID id, String organization, String createdBy, Instant now) {
        this.id = id;
        this.organization = organization;
        this.createdBy = createdBy;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(String formJson, SearchFacts facts, Instant now) {
        requireStatus("edit it", EnumSet.of(ApplicationStatus.DRAFT));
        this.form = formJson;
        this.destinationCountry = facts.destinationCountry();
        this.eccns = facts.eccns().toArray(String[]::new);
        this.countries = facts.countries().toArray(String[]::new);
        this.searchText = facts.text();
        this.updatedAt = now;
    }

    void register(String assignedControlNumber, String fingerprint, Instant now) {
        requireStatus("submit it", EnumSet.of(ApplicationStatus.DRAFT));
        this.controlNumber = assignedControlNumber;
        this.transactionFingerprint = fingerprint;
        this.searchText = assignedControlNumber.toLowerCase() + " " + searchText;
        this.status = ApplicationStatus.UNDER_REVIEW;
        this.registeredAt = now;
        this.updatedAt = now;
    }

    void moveTo(ApplicationStatus target, Instant now) {
        Set<ApplicationStatus> allowedFrom = switch (target) {
            case AWAITING_APPLICANT, IN_REFERRAL -> EnumSet.of(ApplicationStatus.UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(ApplicationStatus.AWAITING_APPLICANT);
            // ESCALATED: a denial reached on the escalation ladder returns to BIS for its notice (15 CFR 750.6)
            case IN_RECONCILIATION -> EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.IN_REFERRAL,
                    ApplicationStatus.INTENT_TO_DENY, ApplicationStatus.ESCALATED);
            // from IN_RECONCILIATION: an agency's new position, in place of its return without action, disputes
            case ESCALATED -> EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.IN_REFERRAL,
                    ApplicationStatus.IN_RECONCILIATION);
            case INTENT_TO_DENY -> EnumSet.of(ApplicationStatus.IN_RECONCILIATION);
            case DRAFT, CLOSED -> EnumSet.noneOf(ApplicationStatus.class);
        };
        requireStatus("move it to " + target, allowedFrom);
        this.status = target;
        this.updatedAt = now;
    }

    void close(Outcome finalOutcome, Instant now) {
        // AWAITING_APPLICANT: BIS returns without action an application whose applicant did not answer
        requireStatus("close it", EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWAITING_APPLICANT,
                ApplicationStatus.IN_RECONCILIATION, ApplicationStatus.ESCALATED, ApplicationStatus.INTENT_TO_DENY));
        this.status = ApplicationStatus.CLOSED;
        this.outcome = finalOutcome;
        this.updatedAt = now;
    }

    private void requireStatus(String action, Set<ApplicationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new ConflictException("Application " + label() + " is " + status + "; cannot " + action);
        }
    }

    String label() {
        return controlNumber != null ? controlNumber : id.toString();
    }

    UUID id() { return id; }
    String organization() { return organization; }
    String createdBy() { return createdBy; }
    ApplicationStatus status() { return status; }
    Outcome outcome() { return outcome; }
    String controlNumber() { return controlNumber; }
    String form() { return form; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Instant registeredAt() { return registeredAt; }

    /** Facts extracted from the form so that staff can search cases without reading every form. */
    record SearchFacts(String destinationCountry, Set<String> eccns, Set<String> countries, String text) {
    }
}
