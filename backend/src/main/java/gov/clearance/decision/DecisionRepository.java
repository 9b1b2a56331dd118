package gov.clearance.decision;

import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, UUID> {

    Optional<Decision> findByApplicationId(UUID applicationId);

    List<Decision> findByApplicationIdIn(Collection<UUID> applicationIds);
}
