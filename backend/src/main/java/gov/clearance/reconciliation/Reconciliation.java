package gov.clearance.reconciliation;

import gov.clearance.position.PositionType;
import gov.clearance.referral.ProposedOutcome;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "reconciliation_result")
class Reconciliation {

    @Id
    private UUID id;
    private UUID applicationId;
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    private ProposedOutcome proposedOutcome;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private Instant reconciledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reconciliation_position_verdict", joinColumns = @JoinColumn(name = "result_id"))
    private List<Entry> positions = new ArrayList<>();

    protected Reconciliation() {
    }

    Reconciliation(UUID id, UUID applicationId, UUID reviewId, ProposedOutcome proposedOutcome,
            List<ReconciliationView.PositionVerdict> verdicts, Instant reconciledAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.reviewId = reviewId;
        this.proposedOutcome = proposedOutcome;
        this.reconciledAt = reconciledAt;
        this.verdict = combined(verdicts);
        verdicts.forEach(v -> positions.add(new Entry(v.positionId(), v.agency(), v.positionType(), v.verdict())));
    }

    /**
     * A return without action blocks the whole case before anything else: a dispute goes to the
     * Operating Committee only once every agency has been able to assess the case.
     */
    private static Verdict combined(List<ReconciliationView.PositionVerdict> verdicts) {
        if (verdicts.stream().anyMatch(v -> v.verdict() == Verdict.BLOCKED)) {
            return Verdict.BLOCKED;
        }
        return verdicts.stream().anyMatch(v -> v.verdict() == Verdict.DISPUTE) ? Verdict.DISPUTE : Verdict.AGREE;
    }

    Verdict verdict() {
        return verdict;
    }

    ReconciliationView view() {
        return new ReconciliationView(id, applicationId, proposedOutcome, verdict, reconciledAt,
                positions.stream().map(e -> new ReconciliationView.PositionVerdict(e.positionId, e.agency,
                        e.positionType, e.verdict)).toList());
    }

    @Embeddable
    static class Entry {
        private UUID positionId;
        private String agency;
        @Enumerated(EnumType.STRING)
        private PositionType positionType;
        @Enumerated(EnumType.STRING)
        private Verdict verdict;

        protected Entry() {
        }

        Entry(UUID positionId, String agency, PositionType positionType, Verdict verdict) {
            this.positionId = positionId;
            this.agency = agency;
            this.positionType = positionType;
            this.verdict = verdict;
        }
    }
}
