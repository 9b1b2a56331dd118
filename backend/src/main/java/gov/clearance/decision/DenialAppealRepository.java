package gov.clearance.decision;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DenialAppealRepository extends JpaRepository<IntentRecords.Appeal, UUID> {

    Optional<IntentRecords.Appeal> findByIntentId(UUID intentId);
}
