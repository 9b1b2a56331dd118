package gov.clearance.casefile;

import java.time.Instant;

/**
 * One event of the case as its applicant may see it: what happened, when, and by whom (a person of their own
 * organization by name; the government as "BIS").
 */
public record ApplicantTimelineEntry(long sequence, Instant at, String action, String by) {
}
