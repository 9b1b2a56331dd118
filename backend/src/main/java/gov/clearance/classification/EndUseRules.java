package gov.clearance.classification;

import gov.clearance.classification.EarRules.EndUseRule;
import gov.clearance.classification.EarRules.ListRule;
import gov.clearance.classification.LicenseRequirement.NotApplied;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The end-use and end-user rules of part 744, brought in by the applicant's answers. Quoted from the eCFR text as
 * rendered in github.com/MichalOpoka/ecfr (part 744), each with the date of its latest amendment in that copy;
 * newer amendments may exist (744.21 now also names Nicaragua, whose text was not found, so it is not applied).
 */
final class EndUseRules {

    private EndUseRules() {
    }


    static final List<EndUseRule> RULES = List.of(
            new EndUseRule("EAR_744_2", "15 CFR 744.2(a)", EndUseFacts::nuclear,
                    // "to any destination, other than countries in supplement no. 3 to this part": not held
                    (data, destination) -> LicenseAnswer.UNKNOWN, null,
                    "you may not export, reexport, or transfer (in-country) to any destination, other than countries "
                    + "in supplement no. 3 to this part, an item subject to the EAR without a license if, at the time "
                    + "of export, reexport, or transfer (in-country) you know that the item will be used directly or "
                    + "indirectly in any one or more of the following activities (nuclear explosive activities, "
                    + "unsafeguarded nuclear activities, safeguarded and unsafeguarded nuclear fuel cycle activities); "
                    + "supplement no. 3 to part 744 is not held, so BIS decides whether it excepts the destination",
                    "79 FR 46324, Aug. 7, 2014"),
            new EndUseRule("EAR_744_3", "15 CFR 744.3(a)", EndUseFacts::missile,
                    (data, destination) -> LicenseAnswer.LICENSE_REQUIRED,
                    "Case-by-case: whether the export would make a material contribution to the proliferation of "
                    + "certain rocket systems or unmanned aerial vehicles (15 CFR 744.3(d)(1))",
                    "you may not export, reexport, or transfer (in-country) an item subject to the EAR without a "
                    + "license if, at the time of export, reexport or transfer (in-country) you know that the item ... "
                    + "Will be used anywhere in the world except by governmental programs for nuclear weapons delivery "
                    + "of NPT Nuclear Weapons States that are also members of NATO, in the design, \\u201cdevelopment,"
                    + "\\u201d \\u201cproduction,\\u201d operation ... of rocket systems or unmanned aerial vehicles, "
                    + "regardless of range capabilities, for the delivery of chemical, biological, or nuclear weapons",
                    "86 FR 4871, Jan. 15, 2021"),
            new EndUseRule("EAR_744_4", "15 CFR 744.4(a)", EndUseFacts::chemicalBiological,
                    (data, destination) -> LicenseAnswer.LICENSE_REQUIRED,
                    "Case-by-case: whether the export would make a material contribution to the design, development, "
                    + "production, stockpiling or use of chemical or biological weapons (15 CFR 744.4(d)(1))",
                    "you may not export, reexport, or transfer (in-country) an item subject to the EAR without a "
                    + "license if, at the time of export, reexport, or transfer (in-country) you know that the item "
                    + "will be used in the design, \\u201cdevelopment,\\u201d \\u201cproduction,\\u201d stockpiling, "
                    + "operation ... of chemical or biological weapons in or by any country or destination, worldwide",
                    "86 FR 4871, Jan. 15, 2021"),
            new EndUseRule("EAR_744_21", "15 CFR 744.21(a)", EndUseFacts::militaryEndUse,
                    (data, destination) -> data.lists(DestinationList.MILITARY_END_USE_ANY_ITEM, destination)
                            ? LicenseAnswer.LICENSE_REQUIRED
                            : data.lists(DestinationList.MILITARY_END_USE_SUPPLEMENT_2_ITEMS, destination)
                                    ? LicenseAnswer.UNKNOWN : null,
                    "Policy of denial for Russia and Belarus; presumption of denial for Burma, Cambodia, China and "
                    + "Venezuela (15 CFR 744.21(e))",
                    "you may not export, reexport, or transfer (in-country) any item subject to the EAR listed in "
                    + "supplement no. 2 to this part to Burma, Cambodia, the People's Republic of China (China), or "
                    + "Venezuela, or any item \\u201csubject to the EAR,\\u201d [to Belarus or Russia] without a license "
                    + "if ... you have \\u201cknowledge\\u201d ... that the item is intended, entirely or in part, for a "
                    + "'military end use' ... or a 'military end user'; for Burma, Cambodia, China and Venezuela only "
                    + "the items of supplement no. 2 to part 744, which is not held",
                    "87 FR 13059, Mar. 8, 2022"),
            new EndUseRule("EAR_744_22", "15 CFR 744.22(a)", EndUseFacts::militaryIntelligence,
                    (data, destination) -> data.lists(DestinationList.MILITARY_INTELLIGENCE, destination)
                            ? LicenseAnswer.LICENSE_REQUIRED : null,
                    "Presumption of denial (15 CFR 744.22(e))",
                    "you may not export, reexport, or transfer (in-country) any item subject to the EAR without a "
                    + "license from BIS if ... you have \\u201cknowledge\\u201d that the item is intended, entirely or "
                    + "in part, for a 'military-intelligence end use' or a 'military-intelligence end user' in Belarus, "
                    + "Burma, Cambodia, the People's Republic of China (China), Russia, or Venezuela; or a country "
                    + "listed in Country Groups E:1 or E:2",
                    "87 FR 13060, Mar. 8, 2022"));

    /** Answers whose rules are applied above need no entry here; kept for rules whose text is not held. */
    static final Map<Function<EndUseFacts, Boolean>, NotApplied> NOT_APPLIED = new LinkedHashMap<>();

    /** Lists whose listing is a rule of its own besides the Entity List: none whose text was found (744.15 was not). */
    static final Map<String, ListRule> LISTS = Map.of();
}
