package gov.clearance.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as intake knows it: the form, where the case stands, and the questions asked
 * of the applicant. Safe to show the applicant: it holds nothing internal to the government.
 */
public record ApplicationView(UUID id, String organization, ApplicationStatus status, Outcome outcome,
        String controlNumber, Instant createdAt, Instant updatedAt, Instant registeredAt, ApplicationForm form,
        List<InformationRequestView> questions) {

    /** A question BIS asked, and the answer once given. */
    public record InformationRequestView(UUID id, String question, Instant askedAt, String answer,
            String answeredBy, Instant answeredAt) {

        public boolean open() {
            return answer == null;
        }
    }
}
