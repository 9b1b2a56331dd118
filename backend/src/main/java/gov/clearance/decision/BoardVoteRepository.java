package gov.clearance.decision;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardVoteRepository extends JpaRepository<BoardVote, UUID> {

    List<BoardVote> findByAppealIdOrderByVotedAtAsc(UUID appealId);

    boolean existsByAppealIdAndMemberAgency(UUID appealId, String memberAgency);
}
