package gov.clearance.decision;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntentResponseRepository extends JpaRepository<IntentRecords.Response, UUID> {
}
