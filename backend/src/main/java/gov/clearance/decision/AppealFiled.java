package gov.clearance.decision;

import java.util.List;
import java.util.UUID;

/** A dissenting agency appealed; the process moves the case to the next rung. */
public record AppealFiled(UUID applicationId, UUID appealId, EscalationLevel toLevel, List<String> members) {
}
