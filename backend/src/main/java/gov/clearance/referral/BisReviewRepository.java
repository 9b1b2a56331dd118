package gov.clearance.referral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BisReviewRepository extends JpaRepository<BisReview, UUID> {

    List<BisReview> findByApplicationIdOrderByReviewedAtAsc(UUID applicationId);

    List<BisReview> findByApplicationIdInOrderByReviewedAtAsc(Collection<UUID> applicationIds);

    Optional<BisReview> findFirstByApplicationIdOrderByReviewedAtDesc(UUID applicationId);
}
