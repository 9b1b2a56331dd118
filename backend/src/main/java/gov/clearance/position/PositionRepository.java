package gov.clearance.position;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, UUID> {

    List<Position> findByReferralIdOrderByRecordedAtAsc(UUID referralId);

    List<Position> findByApplicationIdOrderByRecordedAtAsc(UUID applicationId);

    List<Position> findByApplicationIdInOrderByRecordedAtAsc(Collection<UUID> applicationIds);

    boolean existsByReferralId(UUID referralId);

    boolean existsBySupersedes(UUID positionId);
}
