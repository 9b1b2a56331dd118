package gov.clearance.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What follows a notice of intent to deny: each is a record of its own, written once. */
final class IntentRecords {

    private IntentRecords() {
    }

    @Entity
    @Immutable
    @Table(name = "decision_intent_response")
    static class Response {
        @Id
        private UUID intentId;
        private String response;
        private String respondedBy;
        private Instant respondedAt;

        protected Response() {
        }

        Response(UUID intentId, String response, String respondedBy, Instant respondedAt) {
            this.intentId = intentId;
            this.response = response;
            this.respondedBy = respondedBy;
            this.respondedAt = respondedAt;
        }

        IntentToDenyView.Response view() {
            return new IntentToDenyView.Response(response, respondedBy, respondedAt);
        }
    }

    @Entity
    @Immutable
    @Table(name = "decision_intent_withdrawal")
    static class Withdrawal {
        @Id
        private UUID intentId;
        private String rationale;
        private String withdrawnBy;
        private Instant withdrawnAt;

        protected Withdrawal() {
        }

        Withdrawal(UUID intentId, String rationale, String withdrawnBy, Instant withdrawnAt) {
            this.intentId = intentId;
            this.rationale = rationale;
            this.withdrawnBy = withdrawnBy;
            this.withdrawnAt = withdrawnAt;
        }

        IntentToDenyView.Withdrawal view() {
            return new IntentToDenyView.Withdrawal(rationale, withdrawnBy, withdrawnAt);
        }
    }

    @Entity
    @Immutable
    @Table(name = "decision_denial_appeal")
    static class Appeal {
        @Id
        private UUID id;
        private UUID intentId;
        private UUID applicationId;
        private String statement;
        private boolean hearingRequested;
        private String filedBy;
        private Instant filedAt;

        protected Appeal() {
        }

        Appeal(UUID id, UUID intentId, UUID applicationId, String statement, boolean hearingRequested,
                String filedBy, Instant filedAt) {
            this.id = id;
            this.intentId = intentId;
            this.applicationId = applicationId;
            this.statement = statement;
            this.hearingRequested = hearingRequested;
            this.filedBy = filedBy;
            this.filedAt = filedAt;
        }

        UUID id() {
            return id;
        }

        UUID intentId() {
            return intentId;
        }

        UUID applicationId() {
            return applicationId;
        }

        IntentToDenyView.Appeal view(AppealDecision decision) {
            return new IntentToDenyView.Appeal(id, statement, hearingRequested, filedBy, filedAt,
                    decision == null ? null : decision.outcome, decision == null ? null : decision.rationale,
                    decision == null ? null : decision.hearingHeldOn, decision == null ? null : decision.decidedBy,
                    decision == null ? null : decision.decidedAt);
        }
    }

    @Entity
    @Immutable
    @Table(name = "decision_denial_appeal_decision")
    static class AppealDecision {
        @Id
        private UUID appealId;

        @Enumerated(EnumType.STRING)
        private DenialAppealOutcome outcome;

        private String rationale;
        private LocalDate hearingHeldOn;
        private String decidedBy;
        private Instant decidedAt;

        protected AppealDecision() {
        }

        AppealDecision(UUID appealId, DenialAppealOutcome outcome, String rationale, LocalDate hearingHeldOn,
                String decidedBy, Instant decidedAt) {
            this.appealId = appealId;
            this.outcome = outcome;
            this.rationale = rationale;
            this.hearingHeldOn = hearingHeldOn;
            this.decidedBy = decidedBy;
            this.decidedAt = decidedAt;
        }

        DenialAppealOutcome outcome() {
            return outcome;
        }
    }
}
