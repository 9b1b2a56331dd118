package gov.clearance.document;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, UUID> {

    List<DocumentVersion> findByApplicationIdOrderByUploadedAtAscVersionAsc(UUID applicationId);

    List<DocumentVersion> findByDocumentIdOrderByVersionAsc(UUID documentId);

    /**
     * Locks the document's versions until the transaction ends: a new version uploaded at the same moment waits
     * here, then (reading the versions again) numbers itself after this one's.
     */
    @Query(value = "select id from document_version where document_id = :documentId for update", nativeQuery = true)
    List<UUID> lockVersionsOf(UUID documentId);
}
