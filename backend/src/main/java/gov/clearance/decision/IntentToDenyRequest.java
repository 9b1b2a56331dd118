package gov.clearance.decision;

/**
 * BIS's notice of intent to deny: the statutory and the regulatory basis, the reasons, what changes would allow
 * reconsideration and whom to contact (15 CFR 750.6(a)(2)-(5)); the appeal rights are added to every notice.
 */
public record IntentToDenyRequest(String statutoryBasis, String regulatoryBasis, String reasons,
        String reconsideration, String contact) {
}
