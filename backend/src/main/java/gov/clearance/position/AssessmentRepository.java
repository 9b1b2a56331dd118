package gov.clearance.position;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    List<Assessment> findByReferralIdOrderByRequestedAtAsc(UUID referralId);

    boolean existsByApplicationIdAndComponent(UUID applicationId, String component);
}
