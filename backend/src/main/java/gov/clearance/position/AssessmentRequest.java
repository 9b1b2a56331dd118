package gov.clearance.position;

import java.util.List;

/** The arbiter's request for internal assessments from the agency's components. */
public record AssessmentRequest(List<String> components, String instructions) {

    public AssessmentRequest {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
