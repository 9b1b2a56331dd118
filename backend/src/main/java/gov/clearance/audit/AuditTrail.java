package gov.clearance.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.clearance.identity.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every action on a case. Entries are written in the caller's
 * transaction, so a change and its audit entry are stored together or not at all; the table
 * refuses updates and deletes.
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends an entry. Must be called inside the transaction that makes the change.
     *
     * @param applicationId the case the action concerns
     * @param actor who acted
     * @param action what happened, as a past-tense code such as {@code POSITION_RECORDED}
     * @param before the state before the change, or {@code null}
     * @param after the state after the change, or {@code null}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID applicationId, CurrentUser actor, String action, Object before, Object after) {
        entries.save(new AuditEntry(applicationId, Instant.now(clock), actor.username(), actor.displayName(),
                actor.agencyPath(), action, toJson(before), toJson(after)));
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> entriesFor(UUID applicationId) {
        return entries.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .map(entry -> new AuditEntryView(entry.id(), entry.occurredAt(), entry.actor(), entry.actorName(),
                        entry.actorAgency(), entry.action(), fromJson(entry.before()), fromJson(entry.after())))
                .toList();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Audit state could not be written as JSON", e);
        }
    }

    private JsonNode fromJson(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
