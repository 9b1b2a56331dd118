package gov.clearance.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByOrganizationOrderByCreatedAtDesc(String organization);

    Optional<Application> findFirstByTransactionFingerprintAndStatusNotIn(String fingerprint,
            Collection<ApplicationStatus> statuses);

    List<Application> findByStatusInOrderByRegisteredAtAsc(Collection<ApplicationStatus> statuses);
}
