package gov.clearance.position;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConditionConsentRepository extends JpaRepository<ConditionConsent, UUID> {

    List<ConditionConsent> findByApplicationIdOrderByGivenAtAsc(UUID applicationId);

    boolean existsByReferralIdAndConditionSequence(UUID referralId, int conditionSequence);
}
