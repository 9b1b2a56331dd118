package gov.clearance.deadline;

import java.util.List;

/**
 * A page of the overdue list.
 *
 * @param cases the overdue deadlines on the page, most overdue first
 * @param next the cursor of the next page ({@code after}), or {@code null} on the last page
 */
public record OverduePage(List<OverdueCase> cases, String next) {
}
