package gov.clearance.decision;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntentToDenyRepository extends JpaRepository<IntentToDeny, UUID> {

    List<IntentToDeny> findByApplicationIdOrderByIssuedAtAsc(UUID applicationId);
}
