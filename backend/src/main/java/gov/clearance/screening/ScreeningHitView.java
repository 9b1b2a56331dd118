package gov.clearance.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A party of the case resembling an entry of the screening list, with the matcher's reasons, and the
 * analyst's adjudication once made. Never shown to the applicant.
 *
 * @param party the party's roles on the form, e.g. {@code purchaser, ultimate consignee}
 * @param list the source list of the entry, e.g. {@code Entity List (EL) - Bureau of Industry and Security}
 * @param listedName the entry's name as listed
 * @param matchedName which of the entry's names the party matched (its name or an alternate name)
 * @param score the match score, from 0 to 1
 * @param reasons why the matcher found it, one sentence each
 * @param current whether the list in force still holds the entry; hits no longer current block nothing
 * @param adjudication the analyst's finding, or {@code null} while open
 */
public record ScreeningHitView(UUID id, String party, String partyName, String partyCountry, String list,
        String entryKey, String listedName, String matchedName, List<String> listCountries, boolean entityList,
        String licenseRequirement, String licensePolicy, String federalRegisterNotice, double score,
        List<String> reasons, boolean current, Instant firstFoundAt, AdjudicationView adjudication) {

    /** The analyst's adjudication of a hit. */
    public record AdjudicationView(HitOutcome outcome, String reason, String adjudicatedBy, String adjudicatedByAgency,
            Instant adjudicatedAt) {
    }

    public boolean open() {
        return current && adjudication == null;
    }
}
