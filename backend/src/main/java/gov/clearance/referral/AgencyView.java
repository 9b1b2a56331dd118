package gov.clearance.referral;

/** An agency or agency component from the reference data. */
public record AgencyView(String code, String name, String parent, boolean receivesReferrals,
        boolean givesAssessments) {
}
