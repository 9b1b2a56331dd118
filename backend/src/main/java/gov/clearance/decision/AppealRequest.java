package gov.clearance.decision;

/**
 * A dissenting agency appeals the standing ruling to the next rung: in writing, signed by a
 * Senate-confirmed official (for EARB and the President, the agency's head), citing both bases.
 */
public record AppealRequest(String signatoryName, String signatoryTitle, Boolean senateConfirmed,
        String statutoryBasis, String regulatoryBasis, String statement) {
}
