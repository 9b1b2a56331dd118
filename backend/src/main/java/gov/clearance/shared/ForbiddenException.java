package gov.clearance.shared;

/** The caller can see the object but their role or agency does not allow the action. Answered with 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
