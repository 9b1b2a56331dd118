package gov.clearance.referral;

/** The five things a BIS licensing analyst can do with a registered application. */
public enum ReviewAction {
    /** Refer it to the agencies that must see it, with BIS's analysis and proposed outcome. */
    REFER,
    /** Ask the applicant for information; the case waits for the answer. */
    REQUEST_INFORMATION,
    /** Return it without action, listing its deficiencies. */
    RETURN_WITHOUT_ACTION,
    /** Return it because the export needs no license. */
    LICENSE_NOT_REQUIRED,
    /** Decide it without referral. */
    DECIDE
}
