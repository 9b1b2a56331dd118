package gov.clearance.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One uploaded version of a support document. Written once. */
@Entity
@Immutable
@Table(name = "document_version")
class DocumentVersion {

    @Id
    private UUID id;
    private UUID documentId;
    private UUID applicationId;
    private int version;

    @Enumerated(EnumType.STRING)
    private DocumentType type;

    private String fileName;
    private long sizeBytes;
    private String sha256;
    private String uploadedBy;
    private String uploadedByAgency;
    private Instant uploadedAt;

    protected DocumentVersion() {
    }

    DocumentVersion(UUID id, UUID documentId, UUID applicationId, int version, DocumentType type, String fileName,
            DocumentStore.Stored stored, String uploadedBy, String uploadedByAgency, Instant uploadedAt) {
        this.id = id;
        this.documentId = documentId;
        this.applicationId = applicationId;
        this.version = version;
        this.type = type;
        this.fileName = fileName;
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedByAgency = uploadedByAgency;
        this.uploadedAt = uploadedAt;
    }

    UUID documentId() {
        return documentId;
    }

    UUID applicationId() {
        return applicationId;
    }

    int version() {
        return version;
    }

    String sha256() {
        return sha256;
    }

    DocumentType type() {
        return type;
    }

    DocumentView view(boolean latest) {
        return new DocumentView(id, documentId, applicationId, version, type, fileName, sizeBytes, sha256, uploadedBy,
                uploadedByAgency, uploadedAt, latest);
    }
}
