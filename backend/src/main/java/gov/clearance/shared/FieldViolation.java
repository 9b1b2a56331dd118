package gov.clearance.shared;

/**
 * One reason a request was refused, tied to the field it concerns.
 *
 * @param field the path of the field in the request body, for example {@code items[0].eccn}
 * @param reason what is wrong, in words the user can act on
 */
public record FieldViolation(String field, String reason) {
}
