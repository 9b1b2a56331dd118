package gov.clearance.referral;

import java.util.List;

/**
 * A BIS analyst's correction of the case's classification.
 *
 * @param items each item corrected: its position on the form (from 0) and its corrected ECCN
 * @param rationale why the applicant's classification is wrong
 */
public record ReclassificationRequest(List<CorrectedItem> items, String rationale) {

    public ReclassificationRequest {
        items = items == null ? List.of() : items;
    }

    /** One item's corrected ECCN. */
    public record CorrectedItem(Integer item, String eccn) {
    }
}
