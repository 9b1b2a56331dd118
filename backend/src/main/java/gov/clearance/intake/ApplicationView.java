package gov.clearance.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An application as intake knows it: the form, where the case stands, and the questions asked
 * of the applicant. Safe to show the applicant: it holds nothing internal to the government.
 */
public record ApplicationView(UUID id, String organization, ApplicationStatus status, Outcome outcome,
        String controlNumber, Instant createdAt, Instant updatedAt, Instant registeredAt, ApplicationForm form,
        List<InformationRequestView> questions) {

    /**
     * A question BIS asked, and the answer once given.
     *
     * @param respondBy the last day (US Eastern) BIS gave for the answer; {@code null} for questions asked
     *     before answer dates were kept
     */
    public record InformationRequestView(UUID id, String question, Instant askedAt, LocalDate respondBy,
            String answer, String answeredBy, Instant answeredAt) {

        public boolean open() {
            return answer == null;
        }
    }
}
