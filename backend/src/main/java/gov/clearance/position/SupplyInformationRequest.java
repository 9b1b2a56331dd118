package gov.clearance.position;

/**
 * BIS's answer to an agency's return without action.
 *
 * @param information what BIS supplies: the missing information, or where in the case file it now is
 */
public record SupplyInformationRequest(String information) {
}
