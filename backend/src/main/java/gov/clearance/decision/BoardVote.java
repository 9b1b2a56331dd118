package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One member agency's vote on an appeal before ACEP or EARB. Written once. */
@Entity
@Immutable
@Table(name = "decision_board_vote")
class BoardVote {

    @Id
    private UUID id;
    private UUID appealId;
    private String memberAgency;

    @Enumerated(EnumType.STRING)
    private Outcome vote;

    private String rationale;
    private String votedBy;
    private Instant votedAt;

    protected BoardVote() {
    }

    BoardVote(UUID id, UUID appealId, String memberAgency, Outcome vote, String rationale, String votedBy,
            Instant votedAt) {
        this.id = id;
        this.appealId = appealId;
        this.memberAgency = memberAgency;
        this.vote = vote;
        this.rationale = rationale;
        this.votedBy = votedBy;
        this.votedAt = votedAt;
    }

    BoardVoteView view() {
        return new BoardVoteView(memberAgency, vote, rationale, votedBy, votedAt);
    }
}
