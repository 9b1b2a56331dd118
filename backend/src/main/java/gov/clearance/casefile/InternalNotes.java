package gov.clearance.casefile;

import gov.clearance.access.CasePolicy;
import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency-internal notes on a case. Anyone of an agency who may open the case may write one; only the
 * people of that agency (its components included) ever read it, whatever their role.
 */
@Service
public class InternalNotes {

    static final String NOTE_ADDED = "INTERNAL_NOTE_ADDED";

    private final InternalNoteRepository notes;
    private final CasePolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    InternalNotes(InternalNoteRepository notes, CasePolicy access, AuditTrail audit, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InternalNoteView write(CurrentUser staff, UUID applicationId, InternalNoteRequest request) {
        access.visibleCase(staff, applicationId);
        String agency = agencyOf(staff);
        List<FieldViolation> violations = new ArrayList<>();
        String text = request == null ? null : request.text();
        TextRules.requireText(violations, "text", text);
        TextRules.limit(violations, "text", text);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The note is invalid", violations);
        }
        InternalNote note = notes.saveAndFlush(new InternalNote(UUID.randomUUID(), applicationId, agency,
                text.strip(), staff.username(), staff.displayName(), staff.agencyPath(), Instant.now(clock)));
        InternalNoteView view = note.view();
        audit.record(applicationId, staff, NOTE_ADDED, null, view);
        return view;
    }

    /** The notes of the reader's own agency on the case, oldest first. */
    @Transactional(readOnly = true)
    public List<InternalNoteView> readable(CurrentUser staff, UUID applicationId) {
        access.visibleCase(staff, applicationId);
        return notes.findByApplicationIdAndAgencyOrderByWrittenAtAscIdAsc(applicationId, agencyOf(staff)).stream()
                .map(InternalNote::view).toList();
    }

    private static String agencyOf(CurrentUser staff) {
        if (staff.agency() == null || CurrentUser.SYSTEM_AGENCY.equals(staff.agency())) {
            throw new ForbiddenException("Internal notes belong to an agency, and " + staff.username()
                    + " belongs to none");
        }
        return staff.agency();
    }
}
