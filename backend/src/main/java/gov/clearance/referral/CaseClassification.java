package gov.clearance.referral;

import gov.clearance.classification.LicenseRequirement;

/**
 * What the reference data says of a case: whether a license is required and why, and who must review it.
 * Staff only: it weighs the parties' screening results.
 */
public record CaseClassification(LicenseRequirement licenseRequirement, ReferralSuggestion referralSuggestion) {
}
