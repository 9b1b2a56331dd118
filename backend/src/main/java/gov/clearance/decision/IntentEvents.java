package gov.clearance.decision;

import java.util.UUID;

/** What happens to a notice of intent to deny, for the process to follow. */
public final class IntentEvents {

    private IntentEvents() {
    }

    /** BIS issued a notice of intent to deny on its decision task. */
    public record Issued(UUID applicationId, String issuedBy) {
    }

    /** The applicant answered the notice within its 20 days. */
    public record Answered(UUID applicationId) {
    }

    /** BIS withdrew the notice; the case awaits its decision again. */
    public record Withdrawn(UUID applicationId) {
    }

    /** The applicant appealed; the denial waits for the Under Secretary. */
    public record Appealed(UUID applicationId, UUID appealId) {
    }

    /** The Under Secretary decided the appeal. */
    public record AppealDecided(UUID applicationId, boolean granted, String decidedBy) {
    }
}
