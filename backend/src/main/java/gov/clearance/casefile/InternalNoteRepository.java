package gov.clearance.casefile;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InternalNoteRepository extends JpaRepository<InternalNote, UUID> {

    List<InternalNote> findByApplicationIdAndAgencyOrderByWrittenAtAscIdAsc(UUID applicationId, String agency);
}
