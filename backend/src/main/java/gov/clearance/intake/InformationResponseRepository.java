package gov.clearance.intake;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationResponseRepository extends JpaRepository<InformationResponse, UUID> {

    List<InformationResponse> findByRequestIdIn(Collection<UUID> requestIds);
}
