package gov.clearance.intake;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, UUID> {

    List<InformationRequest> findByApplicationIdOrderByAskedAtAsc(UUID applicationId);

    List<InformationRequest> findByApplicationIdIn(Collection<UUID> applicationIds);
}
