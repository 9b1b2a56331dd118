package gov.clearance.decision;

import java.util.List;
import java.util.UUID;

/**
 * A dissenting agency appealed; the process moves the case to the next rung.
 *
 * @param members the agencies seated on the board for this case, each asked for its vote; empty for the President
 */
public record AppealFiled(UUID applicationId, UUID appealId, EscalationLevel toLevel, List<String> members) {
}
