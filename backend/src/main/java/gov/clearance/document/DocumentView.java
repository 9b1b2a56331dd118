package gov.clearance.document;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a support document.
 *
 * @param id this version's id (what its content is downloaded by)
 * @param documentId the document all its versions share
 * @param latest whether no later version replaced it
 */
public record DocumentView(UUID id, UUID documentId, UUID applicationId, int version, DocumentType type,
        String fileName, long size, String sha256, String uploadedBy, String uploadedByAgency, Instant uploadedAt,
        boolean latest) {
}
