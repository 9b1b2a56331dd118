package gov.clearance.decision;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealRepository extends JpaRepository<Appeal, UUID> {

    List<Appeal> findByApplicationIdOrderByFiledAtAscIdAsc(UUID applicationId);

    @Query("select distinct a.applicationId from Appeal a")
    List<UUID> appealedApplicationIds();

    boolean existsByApplicationId(UUID applicationId);
}
