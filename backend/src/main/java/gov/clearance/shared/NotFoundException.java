package gov.clearance.shared;

/**
 * Something does not exist, or the caller may not know that it exists. Answered with 404, so that
 * another organization's application cannot be told apart from one that was never created.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
