package gov.clearance.document;

import gov.clearance.access.CaseAction;
import gov.clearance.access.CasePolicy;
import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import gov.clearance.shared.TextRules;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support documents of an application: the applicant uploads them before and after submission, and
 * so does BIS; staff of every agency the case was referred to read them. A replacement is a new version;
 * the old one stays. Anyone else finds no documents (404).
 */
@Service
public class SupportDocuments {

    private final DocumentVersionRepository versions;
    private final DocumentStore store;
    private final CasePolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    SupportDocuments(DocumentVersionRepository versions, DocumentStore store, CasePolicy policy, AuditTrail audit,
            Clock clock) {
        this.versions = versions;
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new document, or with {@code replaces} a new version of one, from a PDF streamed in. */
    @Transactional
    public DocumentView upload(CurrentUser user, UUID applicationId, DocumentType type, UUID replaces,
            String fileName, Supplier<InputStream> content) {
        requireUploader(user, applicationId);
        List<FieldViolation> violations = new ArrayList<>();
        if (type == null) {
            violations.add(new FieldViolation("type", "is required: one of " + List.of(DocumentType.values())));
        }
        if (content == null) {
            violations.add(new FieldViolation("file", "is required: a PDF document"));
        }
        String name = fileName == null || fileName.isBlank() ? "document.pdf" : fileName.strip();
        TextRules.requireFileName(violations, "file", fileName, 255);
        List<DocumentVersion> earlier = List.of();
        if (replaces != null) {
            // read after the lock, in a statement of its own, so that it sees a version committed while we waited
            versions.lockVersionsOf(replaces);
            earlier = versions.findByDocumentIdOrderByVersionAsc(replaces);
            if (earlier.isEmpty() || !earlier.get(0).applicationId().equals(applicationId)) {
                violations.add(new FieldViolation("replaces", "is not a document of this application"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The document was not accepted; nothing was stored", violations);
        }
        DocumentStore.Stored stored;
        try (InputStream in = content.get()) {
            stored = store.store(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        UUID documentId = replaces != null ? replaces : UUID.randomUUID();
        int version = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).version() + 1;
        DocumentVersion saved = versions.saveAndFlush(new DocumentVersion(UUID.randomUUID(), documentId,
                applicationId, version, type, name, stored, user.username(), user.agencyPath(), Instant.now(clock)));
        DocumentView view = saved.view(true);
        audit.record(applicationId, user, "DOCUMENT_UPLOADED", null, view);
        return view;
    }

    /** Every version of every document of the application, oldest first, for those who may read them. */
    @Transactional(readOnly = true)
    public List<DocumentView> documentsOf(CurrentUser user, UUID applicationId) {
        requireReader(user, applicationId);
        List<DocumentVersion> all = versions.findByApplicationIdOrderByUploadedAtAscVersionAsc(applicationId);
        Map<UUID, Integer> latest = all.stream().collect(Collectors.toMap(DocumentVersion::documentId,
                DocumentVersion::version, Math::max));
        return all.stream().map(version -> version.view(latest.get(version.documentId()) == version.version()))
                .toList();
    }

    /** One version's content, streamed. */
    @Transactional(readOnly = true)
    public Download download(CurrentUser user, UUID applicationId, UUID versionId) {
        requireReader(user, applicationId);
        DocumentVersion version = versions.findById(versionId)
                .filter(found -> found.applicationId().equals(applicationId))
                .orElseThrow(() -> new NotFoundException("Document", versionId));
        DocumentView view = version.view(true);
        return new Download(view, () -> store.open(version.sha256()));
    }

    /** A document version and its content, opened when the response is written. */
    public record Download(DocumentView document, Supplier<InputStream> content) {
    }

    /** Who may add a document: the access policy's {@code UPLOAD_DOCUMENT} and {@code ACT_AS_APPLICANT}. */
    private void requireUploader(CurrentUser user, UUID applicationId) {
        policy.require(user, applicationId, user.has(Role.APPLICANT) ? CaseAction.ACT_AS_APPLICANT
                : CaseAction.UPLOAD_DOCUMENT);
    }

    /** Documents follow the case: whoever sees the case reads them (the access policy), nobody else. */
    private void requireReader(CurrentUser user, UUID applicationId) {
        policy.require(user, applicationId, CaseAction.READ);
    }
}
