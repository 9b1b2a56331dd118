package gov.clearance.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A note an agency keeps on a case for itself. Written once; a correction is a new note. */
@Entity
@Immutable
@Table(name = "casefile_internal_note")
class InternalNote {

    @Id
    private UUID id;
    private UUID applicationId;
    private String agency;
    private String text;
    private String writtenBy;
    private String writtenByName;
    private String writtenByUnit;
    private Instant writtenAt;

    protected InternalNote() {
    }

    InternalNote(UUID id, UUID applicationId, String agency, String text, String writtenBy, String writtenByName,
            String writtenByUnit, Instant writtenAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.agency = agency;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenByName = writtenByName;
        this.writtenByUnit = writtenByUnit;
        this.writtenAt = writtenAt;
    }

    InternalNoteView view() {
        return new InternalNoteView(id, applicationId, agency, text, writtenBy, writtenByName, writtenByUnit, writtenAt);
    }
}
