package gov.clearance.classification;

import java.util.List;
import java.util.Set;

/**
 * Whether the case's items need a license to its destination, and why: per item the reasons for control,
 * the Country Chart columns and the destination's X marks, plus the embargo and end-user rules that
 * apply whatever the item.
 *
 * @param referenceVersion the version of the reference data the answer was computed from
 * @param destination the destination's ISO code
 * @param destinationName the destination as the Country Chart prints it
 * @param countryGroups the destination's Country Groups
 * @param answer the answer for the case as a whole: the strongest of its items' answers
 * @param explanation the answer in one readable sentence
 * @param items the answer for each item, in the order of the form
 * @param embargo the part 746 rule for the destination, or {@code null}
 * @param endUsers the parties on restricted lists and what that means for the license requirement
 * @param findings the rules that reach every item of the case (end use, end user, the destination's
 *        embargo), each with its citation and review policy
 * @param reviewPolicies every license review policy a rule requiring a license sets, each with its citation
 * @param notApplied the rules that could bear on the case but were not applied, and why
 * @param openQuestions what the applicant has not yet answered that a rule needs
 * @param congressionalNotification why the case calls for the 30-day notice to Congress (EAA section 6(j)) and the
 *        analyst should place the CONGRESSIONAL_NOTIFICATION hold, or {@code null} if it does not
 */
public record LicenseRequirement(int referenceVersion, String destination, String destinationName,
        Set<String> countryGroups, LicenseAnswer answer, String explanation, List<ItemRequirement> items,
        EmbargoRule embargo, List<EndUserRule> endUsers, List<Finding> findings, List<String> reviewPolicies,
        List<NotApplied> notApplied, List<String> openQuestions, String congressionalNotification) {

    /** Whether any item needs a BIS license. */
    public boolean requiresLicense() {
        return answer == LicenseAnswer.LICENSE_REQUIRED;
    }

    /** The findings that require a license, of the case and of its items. */
    public List<Finding> requiringFindings() {
        return java.util.stream.Stream.concat(findings.stream(), items.stream().flatMap(item -> item.findings()
                .stream())).filter(finding -> finding.effect() == LicenseAnswer.LICENSE_REQUIRED).distinct().toList();
    }

    /**
     * A rule the determination knows of but did not apply.
     *
     * @param rule the rule's short name
     * @param citation where it is written
     * @param reason why it was not applied (text not found, list not loaded), and what BIS must check by hand
     */
    public record NotApplied(String rule, String citation, String reason) {
    }

    /**
     * One item's answer.
     *
     * @param item the item's position on the form, from 0
     * @param eccn the ECCN as the form gives it, with paragraphs
     * @param heading the CCL entry's heading
     * @param reasonsForControl the entry's reasons for control
     * @param controls each license requirement row of the entry, checked against the destination
     * @param findings every rule that spoke of the item, with its citation, effect and review policy
     * @param reviewPolicies the review policies of the findings that require a license
     */
    public record ItemRequirement(int item, String eccn, String heading, Set<String> reasonsForControl,
            LicenseAnswer answer, String explanation, List<ControlCheck> controls, List<Finding> findings,
            List<String> reviewPolicies) {
    }

    /**
     * One row of the entry's License Requirements table, checked against the item and the destination.
     *
     * @param reason the reason for control the row states, for example {@code NS}
     * @param column the Country Chart column it names, for example {@code NS2}, or {@code null} if the chart
     *        does not decide it
     * @param appliesTo the row's "Control(s)" text
     * @param countryChart the row's "Country chart" text
     * @param scope whether the row applies to the item as the form classifies it
     * @param destinationControlled whether the row requires a license to the destination: the chart's X, or the
     *        destinations the row names; {@code null} when only the regulation's text can tell
     * @param finding what the check found, in words
     */
    public record ControlCheck(String reason, String column, String appliesTo, String countryChart, Scope scope,
            Boolean destinationControlled, String finding) {
    }

    /** Whether a license requirement row applies to the item. */
    public enum Scope {
        /** The row applies to the entire entry, or names the item's paragraph. */
        APPLIES,
        /** The row applies to some paragraphs or kinds of item, and the form does not say whether this is one. */
        MAY_APPLY,
        /** The row names other paragraphs, or excepts the item's. */
        DOES_NOT_APPLY
    }

    /**
     * An embargo or special control of part 746 on the destination.
     *
     * @param countryGroup the destination's E group, if any
     * @param section the section of the EAR that holds the rule
     * @param rule the rule, quoted from the regulation
     */
    public record EmbargoRule(String countryGroup, String section, String rule) {
    }

    /**
     * A party on a restricted list, and its effect.
     *
     * @param requiresLicense whether it makes a license required for every item
     * @param finding what it means for the case, in words
     */
    public record EndUserRule(String party, String list, String licenseRequirement, String reviewPolicy,
            boolean confirmed, boolean requiresLicense, String finding) {
    }
}
