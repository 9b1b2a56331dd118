package gov.clearance.referral;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    List<Referral> findByApplicationIdOrderByReferredAtAsc(UUID applicationId);

    List<Referral> findByApplicationIdInOrderByReferredAtAsc(Collection<UUID> applicationIds);

    List<Referral> findByReviewId(UUID reviewId);

    boolean existsByApplicationIdAndAgency(UUID applicationId, String agency);
}
