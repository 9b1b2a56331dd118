package gov.clearance.screening;

import java.util.UUID;

/** A new Consolidated Screening List is in force: every open case must be screened against it. */
public record ScreeningListImported(UUID importId) {
}
