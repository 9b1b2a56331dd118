package gov.clearance.classification;

/**
 * One rule of the EAR applied to a case or an item, with the regulation it comes from.
 *
 * @param rule a short name of the rule, for example {@code EAR_746_8_A_1} or {@code CHART_FOOTNOTE_7}
 * @param citation where the rule is written, for example {@code 15 CFR 746.8(a)(1)}
 * @param effect what the rule says of the license requirement
 * @param reviewPolicy the license review policy the rule sets, with its own citation; {@code null} if it sets
 *        none or its text was not found
 * @param text the finding in words, quoting the regulation where it decides
 */
public record Finding(String rule, String citation, LicenseAnswer effect, String reviewPolicy, String text) {
}
