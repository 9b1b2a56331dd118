package gov.clearance.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a case that its deadlines are counted from (a row of {@code deadline_milestone}).
 *
 * @param subject the hold or referral it concerns, if any
 * @param detail what kind of it: the agency referred, the position type, the ruling's level, the appeal's level
 * @param party who: the ruling's outcome, the appealing agency
 * @param occurredAt when; {@code null} only for a dispute, which counts from the agencies' deadline
 */
record Milestone(Kind kind, UUID subject, String detail, String party, Instant occurredAt) {

    enum Kind {
        /** The application was registered: day 0 of the processing clock. */
        REGISTERED,
        /** A hold that stops the clock began. */
        HOLD_STARTED,
        /** That hold ended. */
        HOLD_RELEASED,
        /** BIS first acted on the application (referred, returned or decided; a question does not count). */
        BIS_ACTED,
        /** BIS referred the case to an agency. */
        REFERRED,
        /** The referred agency answered (its first position, a deemed no-objection included). */
        AGENCY_ANSWERED,
        /** The agencies' positions were found in dispute: the escalation ladder's deadlines run. */
        DISPUTED,
        /** A level of the escalation ladder ruled. */
        RULED,
        /** A dissenting agency appealed to the next level. */
        APPEALED,
        /** BIS issued its (latest) notice of intent to deny. */
        INTENT_NOTICED,
        /** BIS withdrew that notice. */
        INTENT_WITHDRAWN,
        /** The applicant answered that notice. */
        INTENT_ANSWERED,
        /** BIS decided the case. */
        DECIDED,
        /** The case was closed. */
        CLOSED
    }

    static Milestone at(Kind kind, Instant occurredAt) {
        return new Milestone(kind, null, null, null, occurredAt);
    }
}
