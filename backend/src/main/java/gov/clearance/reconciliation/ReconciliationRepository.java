package gov.clearance.reconciliation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReconciliationRepository extends JpaRepository<Reconciliation, UUID> {

    Optional<Reconciliation> findFirstByApplicationIdOrderByReconciledAtDesc(UUID applicationId);

    boolean existsByApplicationIdAndVerdict(UUID applicationId, Verdict verdict);

    @Query("select distinct r.applicationId from Reconciliation r where r.verdict = :verdict and r.applicationId in :ids")
    List<UUID> applicationIdsWithVerdictAmong(Verdict verdict, Collection<UUID> ids);
}
