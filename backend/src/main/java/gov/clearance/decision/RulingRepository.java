package gov.clearance.decision;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RulingRepository extends JpaRepository<Ruling, UUID> {

    List<Ruling> findByApplicationIdOrderByRuledAtAscIdAsc(UUID applicationId);
}
