package gov.clearance.workflow;

/**
 * What a task queue shows and in which order: the filters and the sort, as the list's query parameters name
 * them, and as a saved filter keeps them. Every part is optional.
 *
 * @param type a task type (BIS_REVIEW, AGENCY_REVIEW, ...)
 * @param assignee {@code mine}, {@code unassigned}, or a person's user name
 * @param destination a destination country (ISO 3166-1 alpha-2)
 * @param eccn an ECCN or its beginning ({@code 3A}, {@code 3A001})
 * @param overdue only overdue tasks ({@code true}) or only those that are not ({@code false})
 * @param text words of the control number, the applicant organization or the applicant's name
 * @param sort {@code due} (the default: overdue and soonest due first), {@code created}, {@code controlNumber},
 *        {@code totalValue}
 * @param direction {@code asc} (the default) or {@code desc}
 */
public record TaskFilter(String type, String assignee, String destination, String eccn, Boolean overdue, String text,
        String sort, String direction) {
}
