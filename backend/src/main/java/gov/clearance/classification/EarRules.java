package gov.clearance.classification;

import gov.clearance.classification.LicenseRequirement.NotApplied;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the EAR the license determination applies beyond the Country Chart's X marks, each with the
 * words of the regulation it was read from and its citation. Texts are quoted from the copies listed in
 * {@code db/reference/ear/README.md} (eCFR text; the Country Chart's footnotes as shipped in
 * {@code country-chart.csv}; part 746 as far as {@code part-746-russia-belarus.csv} holds it). A rule whose text
 * was not found is listed as not applied, never written from memory.
 */
final class EarRules {

    static final String FOOTNOTES = "15 CFR part 738, supplement no. 1 (Country Chart), footnotes";
    static final String HTS_SUPPLEMENTS = "15 CFR part 746, supplements nos. 2, 4, 5, 6 and 7 (HTS-6 lists)";

    private static final Pattern SECTION = Pattern.compile("§\\s*(7[0-9]{2}\\.[0-9]+(\\([a-z0-9]+\\))*)");

    private EarRules() {
    }

    /** The section a row's text points to, for example {@code 15 CFR 742.6(a)(7)}. */
    static String sectionNamed(String text) {
        Matcher section = SECTION.matcher(text);
        return section.find() ? "15 CFR " + section.group(1) : "15 CFR 738.4(a); the entry's License Requirements";
    }

    // ------------------------------------------------------------------------------------ review policies

    /**
     * The license review policy for a reason for control, with its citation; {@code null} where its text was not
     * found. Part 742 sends the policy for Russia and Belarus (746.8(a)(1)'s list) to 746.8(b).
     */
    static String reviewPolicy(String reason, ReferenceSnapshot data, String destination, String eccn) {
        if (reason == null) {
            return null;
        }
        Set<String> groups = data.groupRow(destination).map(GroupRow::groups).orElse(Set.of());
        if (data.lists(DestinationList.RUSSIA_BELARUS_SANCTIONS, destination) && !"UN".equals(reason)) {
            return ReviewPolicies.forRussiaBelarus(reason);
        }
        ReviewPolicy policy = ReviewPolicies.BY_REASON.get(reason);
        return policy == null ? null : policy.describe(groups, armsItem(eccn));
    }

    /** A "600 series" or 9x515 item, which some policies treat apart (742.4(b)(1)(ii), 742.6(b)(1)(i)). */
    static boolean armsItem(String eccn) {
        return eccn != null && eccn.matches("[0-9][A-E](6[0-9]{2}|515)(\\..*)?");
    }

    /** A license review policy as the regulation states it. */
    record ReviewPolicy(String citation, String summary, BiFunction<Set<String>, Boolean, String> forGroups) {

        /** The policy for a destination in these groups, for an arms item (600 series, 9x515) or another. */
        String describe(Set<String> groups, boolean armsItem) {
            String specific = forGroups == null ? null : forGroups.apply(groups, armsItem);
            return (specific == null ? summary : specific) + " (" + citation + ")";
        }
    }

    // ------------------------------------------------------------------------------------ part 746 embargoes

    /** An embargo of part 746 on a destination. */
    record Embargo(String citation, String rule, Function<String, Finding> ear99Rule,
            EmbargoCclRule cclRule) {

        Finding ear99(String place) {
            return ear99Rule.apply(place);
        }

        Finding cclItem(EccnEntry entry, String eccn, String place) {
            return cclRule.apply(entry, eccn, place);
        }
    }

    @FunctionalInterface
    interface EmbargoCclRule {
        Finding apply(EccnEntry entry, String eccn, String place);
    }

    /** The Country Chart columns that make a CCL item need a license to Iran (15 CFR 746.7(a)(1)(i)). */
    static final Set<String> IRAN_COLUMNS = Set.of("CB1", "CB2", "CB3", "NP1", "NP2", "NS1", "NS2", "MT1", "RS1",
            "RS2", "CC1", "CC2", "CC3", "AT1", "AT2");

    static final Map<String, Embargo> EMBARGOES = Embargoes.ALL;

    // ------------------------------------------------------------------------------------ 746.8 Russia, Belarus

    private static final String RUSSIA_BELARUS_RULE = "\"a license is required, excluding deemed exports and deemed "
            + "reexports, to export, reexport, or transfer (in-country) to or within Russia or Belarus any item "
            + "subject to the EAR and specified in any Export Control Classification Number (ECCN) on the CCL\"";
    private static final String RUSSIA_BELARUS_POLICY = "Policy of denial, with limited exceptions; case-by-case for "
            + "the kinds of application 746.8(b)(2) lists (safety of flight, maritime safety, civil nuclear safety, "
            + "humanitarian needs, government space cooperation, certain U.S. and A:5/A:6 companies' subsidiaries "
            + "and joint ventures, civil telecommunications infrastructure, government-to-government activities) "
            + "(15 CFR 746.8(b), text as amended through 89 FR 4811, Jan. 25, 2024)";
    /** 746.8(a): these ECCNs need no license under (a)(1) for the civil end users it lists. */
    private static final List<String> RUSSIA_BELARUS_CIVIL_END_USER_EXCLUSION = List.of("5A991", "5A992.c", "5D992.c");

    static Finding russiaBelarus(EccnEntry entry, String eccn, String place) {
        String citation = "15 CFR 746.8(a)(1); Country Chart footnote 6";
        boolean excludable = RUSSIA_BELARUS_CIVIL_END_USER_EXCLUSION.stream()
                .anyMatch(excluded -> eccn.equals(excluded) || eccn.startsWith(excluded + "."));
        if (excludable) {
            return new Finding("EAR_746_8_A_1", citation + "; 15 CFR 746.8(a)", LicenseAnswer.UNKNOWN, null, eccn
                    + " needs a license to " + place + " under 746.8(a)(1) " + RUSSIA_BELARUS_RULE + ", unless the "
                    + "end user is one of the civil end users 746.8(a) lists (wholly-owned U.S. subsidiaries, "
                    + "joint ventures of U.S. companies or of companies headquartered in Country Groups A:5 and A:6, "
                    + "and their subsidiaries) and, for 5A992.c and 5D992.c, the item was 'classified in accordance "
                    + "with § 740.17': BIS decides.");
        }
        return new Finding("EAR_746_8_A_1", citation, LicenseAnswer.LICENSE_REQUIRED, RUSSIA_BELARUS_POLICY, entry.eccn()
                + " is on the CCL, and 746.8(a)(1) says " + RUSSIA_BELARUS_RULE + " (footnote 6 of the Country Chart "
                + "on " + place + ": \"See § 746.8 of the EAR for Sanctions against Russia and Belarus, including "
                + "additional license requirements for items listed in any ECCN on the CCL.\").");
    }

    // ------------------------------------------------------------------------------------ 746.6 Crimea, DNR, LNR

    private static final String COVERED_REGIONS = "\"See § 746.6 of the EAR for additional license requirements for "
            + "exports and reexports to the Crimea region of Ukraine and the so-called Donetsk People's Republic (DNR) "
            + "and Luhansk People's Republic (LNR) regions of Ukraine and transfers (in-country) within the Crimea, "
            + "DNR, and LNR regions of Ukraine for all items subject to the EAR, other than food and medicine "
            + "designated as EAR99 and certain EAR99 or ECCN 5D992.c software for internet-based communications.\"";

    static Finding coveredRegionsFinding(boolean ear99) {
        String citation = "15 CFR 746.6; Country Chart footnotes 8 and 9";
        return ear99
                ? new Finding("EAR_746_6", citation, LicenseAnswer.DEPENDS_ON_THE_ITEM, null, "The items go to the "
                        + "Crimea, DNR or LNR regions of Ukraine: a license is required for EAR99 items unless they "
                        + "are food or medicine designated EAR99, or certain EAR99 software for internet-based "
                        + "communications (" + COVERED_REGIONS + ").")
                : new Finding("EAR_746_6", citation, LicenseAnswer.LICENSE_REQUIRED, "Policy of denial, with limited "
                        + "exceptions reviewed case-by-case (safety of flight, maritime safety, civil nuclear safety, "
                        + "humanitarian needs, government space cooperation, certain subsidiaries and joint ventures) "
                        + "(15 CFR 746.6(b), text as of 89 FR 4811, Jan. 25, 2024)", "The items go to the Crimea, DNR "
                        + "or LNR regions of Ukraine, for which the chart's footnote says " + COVERED_REGIONS);
    }

    // ------------------------------------------------------------------------------------ chart footnotes

    /** A footnote that points to a section whose rule is not held: reported as not applied. */
    record Footnote(String citation, String text, String status, Predicate<String> relevantTo) {
    }

    /** A footnote that is a rule of its own for some ECCNs. */
    @FunctionalInterface
    interface FootnoteRule {
        /** The finding for the item, or {@code null} if the footnote does not name it. */
        Finding apply(ReferenceSnapshot data, String destination, String eccn, String place);
    }

    static final Map<String, Footnote> FOOTNOTE_POINTERS = Footnotes.POINTERS;
    static final Map<String, FootnoteRule> FOOTNOTE_RULES = Footnotes.RULES;

    // ------------------------------------------------------------------------------------ rows outside the chart

    /** What a row the chart does not decide says of the destination. */
    record RowDecision(Boolean controlled, String citation, String why) {
    }

    /** A row kind decided by the section it points to. */
    interface RowRule {
        RowDecision decide(ReferenceSnapshot data, String destination, String place);
    }

    /** The rule for a row the chart does not decide that points to a section; {@code null} to read its words. */
    static RowRule rowRule(String reason, String text) {
        return RowRules.forRow(reason, text);
    }

    // ------------------------------------------------------------------------------------ part 744

    /**
     * An end-use or end-user rule of part 744 brought in by one of the applicant's answers: what it says for a
     * destination ({@code null} where it does not reach it), its review policy and the words it was read from.
     */
    record EndUseRule(String rule, String citation, Function<EndUseFacts, Boolean> fact, DestinationEffect effect,
            String reviewPolicy, String requirement, String textAsOf) {

        String finding(String place, LicenseAnswer answer) {
            String quoted = "\"" + requirement + "\" (text as of " + textAsOf + ")";
            return answer == LicenseAnswer.UNKNOWN
                    ? "The applicant's answer brings in " + citation + " for " + place + ", whose reach depends on a "
                            + "list not held: " + quoted
                    : "The applicant's answer brings in " + citation + " for " + place + ": " + quoted;
        }

        String outside(String place) {
            return citation + " does not reach " + place + ": \"" + requirement + "\" (text as of " + textAsOf + ")";
        }
    }

    /** What an end-use rule says for a destination, or {@code null} where it does not reach it. */
    @FunctionalInterface
    interface DestinationEffect {
        LicenseAnswer of(ReferenceSnapshot data, String destination);
    }

    /** A list whose listing is a license rule of its own. */
    record ListRule(String rule, String citation, LicenseAnswer effect, String reviewPolicy, String text) {
    }

    static final List<EndUseRule> END_USE_RULES = EndUseRules.RULES;
    static final Map<Function<EndUseFacts, Boolean>, NotApplied> END_USE_NOT_APPLIED = EndUseRules.NOT_APPLIED;
    static final Map<String, ListRule> LIST_RULES = EndUseRules.LISTS;
}
