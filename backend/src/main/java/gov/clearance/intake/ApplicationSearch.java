package gov.clearance.intake;

import java.util.Collection;
import java.util.UUID;

/**
 * What staff search registered applications by. Every criterion is optional.
 *
 * @param status the current status
 * @param eccn an ECCN or its prefix ({@code 3A001} finds {@code 3A001.a.1})
 * @param country a party's ISO country code
 * @param text words from the control number, party names, items or end use
 * @param within only these applications (for staff who may see only their agency's cases), or {@code null}
 */
public record ApplicationSearch(ApplicationStatus status, String eccn, String country, String text,
        Collection<UUID> within, int page, int size) {
}
