package gov.clearance.classification;

import java.util.List;

/**
 * What an applicant is drafting: the destination (the ultimate consignee's country) and the items' ECCNs.
 */
public record LicenseRequirementHintRequest(String destination, List<String> eccns) {

    public LicenseRequirementHintRequest {
        eccns = eccns == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(eccns));
    }
}
