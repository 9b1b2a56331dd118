package gov.clearance.position;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentOutcomeRepository extends JpaRepository<AssessmentOutcome, UUID> {

    List<AssessmentOutcome> findByAssessmentIdIn(Collection<UUID> assessmentIds);
}
