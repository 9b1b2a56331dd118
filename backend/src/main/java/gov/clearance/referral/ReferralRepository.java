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

    @Query("select distinct r.applicationId from Referral r where r.agency = :agency")
    List<UUID> applicationIdsReferredTo(String agency);

    boolean existsByApplicationIdAndAgency(UUID applicationId, String agency);
}
