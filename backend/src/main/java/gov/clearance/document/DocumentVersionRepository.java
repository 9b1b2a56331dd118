package gov.clearance.document;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, UUID> {

    List<DocumentVersion> findByApplicationIdOrderByUploadedAtAscVersionAsc(UUID applicationId);

    List<DocumentVersion> findByDocumentIdOrderByVersionAsc(UUID documentId);
}
