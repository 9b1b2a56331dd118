package gov.clearance.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency-internal note as its agency reads it.
 *
 * @param agency the agency the note belongs to; only its people read it
 * @param writtenByUnit the writer's agency and component, for example {@code DOD/ARMY}
 */
public record InternalNoteView(UUID id, UUID applicationId, String agency, String text, String writtenBy,
        String writtenByName, String writtenByUnit, Instant writtenAt) {
}
