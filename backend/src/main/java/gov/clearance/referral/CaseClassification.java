package gov.clearance.referral;

import gov.clearance.classification.LicenseRequirement;

import java.util.List;

/**
 * What the reference data says of a case: whether a license is required and why, and who must review it.
 * Staff only: it weighs the parties' screening results.
 *
 * @param reclassifications BIS's corrections of the items' ECCNs, oldest first; the determination uses them
 */
public record CaseClassification(LicenseRequirement licenseRequirement, ReferralSuggestion referralSuggestion,
        List<ReclassificationView> reclassifications) {
}
