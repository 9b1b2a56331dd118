package gov.clearance.decision;

/**
 * BIS's notice of intent to deny: the basis, the reasons, what changes would allow reconsideration and
 * whom to contact (15 CFR 750.6(a)); the appeal rights are added to every notice.
 */
public record IntentToDenyRequest(String basis, String reasons, String reconsideration, String contact) {
}
