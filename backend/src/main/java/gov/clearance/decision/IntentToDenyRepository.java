package gov.clearance.decision;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntentToDenyRepository extends JpaRepository<IntentToDeny, UUID> {

    List<IntentToDeny> findByApplicationIdOrderByIssuedAtAsc(UUID applicationId);

    @org.springframework.data.jpa.repository.Query(
            "select distinct n.applicationId from IntentToDeny n where n.applicationId in :ids")
    List<UUID> applicationIdsAmong(Collection<UUID> ids);
}
