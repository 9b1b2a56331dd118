package gov.clearance.decision;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntentWithdrawalRepository extends JpaRepository<IntentRecords.Withdrawal, UUID> {
}
