package gov.clearance.position;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuppliedInformationRepository extends JpaRepository<SuppliedInformation, UUID> {

    List<SuppliedInformation> findByApplicationIdOrderBySuppliedAtAsc(UUID applicationId);

    boolean existsByPositionId(UUID positionId);
}
