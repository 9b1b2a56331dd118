package gov.clearance.position;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An agency's consent to BIS dropping or rewording one of its conditions. Written once. */
@Entity
@Immutable
@Table(name = "position_condition_consent")
class ConditionConsent {

    @Id
    private UUID id;
    private UUID referralId;
    private UUID applicationId;
    private String agency;
    private int conditionSequence;

    @Enumerated(EnumType.STRING)
    private ConditionChange change;

    private String wording;
    private String rationale;
    private String givenBy;
    private String givenByAgency;
    private Instant givenAt;

    protected ConditionConsent() {
    }

    ConditionConsent(UUID id, ReferralScope scope, int conditionSequence, ConditionChange change, String wording,
            String rationale, String givenBy, String givenByAgency, Instant givenAt) {
        this.id = id;
        this.referralId = scope.referralId();
        this.applicationId = scope.applicationId();
        this.agency = scope.agency();
        this.conditionSequence = conditionSequence;
        this.change = change;
        this.wording = wording;
        this.rationale = rationale;
        this.givenBy = givenBy;
        this.givenByAgency = givenByAgency;
        this.givenAt = givenAt;
    }

    /** The referral a consent belongs to. */
    record ReferralScope(UUID referralId, UUID applicationId, String agency) {
    }

    ConditionConsentView view() {
        return new ConditionConsentView(id, referralId, applicationId, agency, conditionSequence, change, wording,
                rationale, givenBy, givenByAgency, givenAt);
    }
}
