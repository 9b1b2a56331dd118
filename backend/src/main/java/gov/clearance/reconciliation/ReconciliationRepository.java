package gov.clearance.reconciliation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReconciliationRepository extends JpaRepository<Reconciliation, UUID> {

    Optional<Reconciliation> findFirstByApplicationIdOrderByReconciledAtDesc(UUID applicationId);
}
