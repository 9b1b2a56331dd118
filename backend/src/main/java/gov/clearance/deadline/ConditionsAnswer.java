package gov.clearance.deadline;

/**
 * The applicant's answer to the conditions BIS proposes while it holds the case for their acceptance.
 *
 * @param accepted whether the applicant accepts the conditions
 * @param note what the applicant adds; required when declining
 */
public record ConditionsAnswer(Boolean accepted, String note) {
}
