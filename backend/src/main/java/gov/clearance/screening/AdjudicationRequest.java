package gov.clearance.screening;

/**
 * An analyst's adjudication of one screening hit.
 *
 * @param outcome true match or false positive
 * @param reason why, for the record (for example the address or registration number that tells them apart)
 */
public record AdjudicationRequest(HitOutcome outcome, String reason) {
}
