package gov.clearance.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LicenseRepository extends JpaRepository<License, UUID> {

    Optional<License> findByApplicationId(UUID applicationId);

    List<License> findByApplicationIdIn(Collection<UUID> applicationIds);
}
