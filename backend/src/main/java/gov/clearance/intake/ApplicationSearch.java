package gov.clearance.intake;

import gov.clearance.shared.CaseCondition;

/**
 * What staff search registered applications by. Every criterion is optional.
 *
 * @param status the current status
 * @param eccn an ECCN or its prefix ({@code 3A001} finds {@code 3A001.a.1})
 * @param country a party's ISO country code
 * @param text words from the control number, party names, items or end use
 * @param within only the cases that meet this condition (the cases the person may see, those referred to an
 *     agency...), or {@code null} for every case
 */
public record ApplicationSearch(ApplicationStatus status, String eccn, String country, String text,
        CaseCondition within, int page, int size) {
}
