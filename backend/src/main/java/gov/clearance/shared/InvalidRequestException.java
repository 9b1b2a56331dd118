package gov.clearance.shared;

import java.util.List;

/** A request that breaks one or more rules; nothing of it has been stored. Answered with 400. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidRequestException(String message, List<FieldViolation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String field, String reason) {
        return new InvalidRequestException("The request is invalid", List.of(new FieldViolation(field, reason)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
