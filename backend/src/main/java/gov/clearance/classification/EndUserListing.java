package gov.clearance.classification;

/**
 * A party of the case found on a restricted-party list, as the license-required answer weighs it.
 *
 * @param party the party's role and name, for example {@code ultimate consignee "Example Ltd"}
 * @param list the list it is on, for example {@code Entity List (EL) - Bureau of Industry and Security}
 * @param listCode the list's short code, e.g. {@code EL} for the Entity List (supplement no. 4 to part 744)
 * @param licenseRequirement the list's "License requirement" text
 * @param reviewPolicy the list's "License review policy", for example {@code Presumption of denial.}
 * @param confirmed whether an analyst adjudicated the hit as a true match; unconfirmed hits are shown, not applied
 */
public record EndUserListing(String party, String list, String listCode, String licenseRequirement,
        String reviewPolicy, boolean confirmed) {

    public boolean entityList() {
        return "EL".equals(listCode);
    }
}
