package gov.clearance.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "referral_bis_review")
class BisReview {

    @Id
    private UUID id;
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    private ReviewAction action;

    @Enumerated(EnumType.STRING)
    private ProposedOutcome proposedOutcome;

    private String analysis;
    private String question;
    private String deficiencies;
    private String reviewedBy;
    private String reviewerAgency;
    private Instant reviewedAt;
    private LocalDate respondBy;

    protected BisReview() {
    }

    BisReview(UUID id, UUID applicationId, ReviewRequest request, String reviewedBy, String reviewerAgency,
            Instant reviewedAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.action = request.action();
        this.proposedOutcome = request.proposedOutcome();
        this.analysis = request.analysis();
        this.question = request.question();
        this.deficiencies = request.deficiencies().isEmpty() ? null : String.join("\n", request.deficiencies());
        this.reviewedBy = reviewedBy;
        this.reviewerAgency = reviewerAgency;
        this.reviewedAt = reviewedAt;
        this.respondBy = request.respondBy();
    }

    UUID id() { return id; }
    UUID applicationId() { return applicationId; }
    Instant reviewedAt() { return reviewedAt; }

    BisReviewView view(List<String> agencies) {
        List<String> listed = deficiencies == null ? List.of() : Arrays.asList(deficiencies.split("\n"));
        return new BisReviewView(id, applicationId, action, proposedOutcome, analysis, question, listed, agencies,
                reviewedBy, reviewerAgency, reviewedAt, respondBy);
    }
}
