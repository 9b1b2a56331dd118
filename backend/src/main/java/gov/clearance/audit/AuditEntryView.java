package gov.clearance.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One entry of a case's timeline: who did what, when, and what changed. */
public record AuditEntryView(long sequence, Instant at, String actor, String actorName, String agency, String action,
        JsonNode before, JsonNode after) {
}
