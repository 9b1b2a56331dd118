package gov.clearance.deadline;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoldReleaseRepository extends JpaRepository<HoldRelease, UUID> {

    List<HoldRelease> findByHoldIdIn(Collection<UUID> holdIds);
}
