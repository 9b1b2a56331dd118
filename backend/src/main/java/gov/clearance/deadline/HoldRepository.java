package gov.clearance.deadline;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoldRepository extends JpaRepository<Hold, UUID> {

    List<Hold> findByApplicationIdOrderByStartedAtAscIdAsc(UUID applicationId);

    List<Hold> findByApplicationIdInOrderByStartedAtAscIdAsc(Collection<UUID> applicationIds);
}
