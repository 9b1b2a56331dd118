package gov.clearance.classification;

import gov.clearance.classification.LicenseRequirement.ItemRequirement;
import gov.clearance.classification.LicenseRequirement.NotApplied;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a case calls for the 30-day notice to Congress of section 6(j) of the Export Administration Act, which holds
 * the clock (15 CFR 750.4(b)(6)): an item controlled for NS, CB, MT or NP, or in an ECCN ending in "18", to a
 * terrorist-supporting country, for police, military or other sensitive end users (742.8(a)(4)(i) for Iran;
 * 742.19(a) for North Korea; 742.1(d) for Syria). Texts as amended through 74 FR 2356 (742.8, Jan. 15, 2009),
 * 75 FR 14340 (742.19, Mar. 25, 2010) and the Jan. 2025 text of 750.4(b)(6)(i), which designates Iran, North Korea
 * and Syria. The item paragraphs and thresholds of supplement no. 2 to part 742 were not found, so the analyst
 * confirms the prompt against them.
 */
final class CongressionalNotification {

    private CongressionalNotification() {
    }

    private static final Set<String> REASONS = Set.of("NS", "CB", "MT", "NP");

    static final NotApplied THRESHOLDS_NOT_HELD = new NotApplied("EAA_6J_SUPPLEMENT_2", "15 CFR part 742, "
            + "supplement no. 2", "The item paragraphs and thresholds of supplement no. 2 to part 742 that define the "
            + "section 6(j) items are not held: confirm the congressional notification against them.");

    private static final String RULE = "\"Section 6(j) requirements apply to all exports and reexports destined to the "
            + "police, military or other sensitive end-users of items listed on the Commerce Control List ... for "
            + "which any listed reason for control in the applicable ECCN is NS (national security), CB (chemical or "
            + "biological weapons proliferation), MT (missile proliferation), NP (nuclear weapons proliferation) or an "
            + "Export Control Classification Number ending in \u201c18\u201d (military related items). BIS may not issue "
            + "a license for a transaction subject to section 6(j) controls until 30 days after the notification "
            + "...\" (15 CFR 742.8(a)(4)(i); likewise 742.19(a) and 742.1(d))";

    /** Why the case calls for the notice, or {@code null}. */
    static String calledFor(String destination, String place, List<ItemRequirement> items, ReferenceSnapshot data,
            EndUseFacts facts) {
        if (!data.lists(DestinationList.TERRORIST_SUPPORTING, destination)) {
            return null;
        }
        List<String> sixJ = items.stream().filter(item -> item.eccn() != null && !"EAR99".equals(item.eccn()))
                .filter(item -> ReferenceSnapshot.entryOf(item.eccn()).endsWith("18")
                        || data.entry(item.eccn()).map(entry -> entry.reasonsForControl().stream()
                                .anyMatch(REASONS::contains)).orElse(false))
                .map(ItemRequirement::eccn).toList();
        if (sixJ.isEmpty()) {
            return null;
        }
        boolean sensitive = Boolean.TRUE.equals(facts.militaryEndUse())
                || Boolean.TRUE.equals(facts.militaryIntelligence());
        String items6j = sixJ.stream().collect(Collectors.joining(", "));
        return (sensitive
                ? "Place the CONGRESSIONAL_NOTIFICATION hold: " + items6j + " go to military end users in " + place
                : "If the end user in " + place + " is police, military or another sensitive end user, place the "
                        + "CONGRESSIONAL_NOTIFICATION hold for " + items6j)
                + ". " + RULE + "; the 30 days do not count toward the processing time (15 CFR 750.4(b)(6)).";
    }
}
