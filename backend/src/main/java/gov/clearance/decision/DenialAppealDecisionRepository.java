package gov.clearance.decision;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DenialAppealDecisionRepository extends JpaRepository<IntentRecords.AppealDecision, UUID> {
}
