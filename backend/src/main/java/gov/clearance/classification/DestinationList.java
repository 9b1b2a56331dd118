package gov.clearance.classification;

/**
 * A list of destinations a section of the EAR names, which a rule of the license determination reads. The rule
 * is code; the destinations on each list are reference data ({@code destination-lists.csv}), versioned and
 * imported like the Country Chart, each row citing the section that prints it.
 */
public enum DestinationList {

    /** 746.1(b)(2): the countries subject to United Nations Security Council arms embargoes (UN rows, 746.1(b)(3)). */
    UN_ARMS_EMBARGO,
    /** 746.8(a)(1): Russia and Belarus, where every CCL item needs a license, under 746.8(b)'s policy. */
    RUSSIA_BELARUS_SANCTIONS,
    /** 744.21(a): where any item subject to the EAR for a military end use or end user needs a license. */
    MILITARY_END_USE_ANY_ITEM,
    /** 744.21(a): where the items of supplement no. 2 to part 744 for a military end use or end user need one. */
    MILITARY_END_USE_SUPPLEMENT_2_ITEMS,
    /** 744.22(a): destinations (and Country Groups) of the military-intelligence end use and end user rule. */
    MILITARY_INTELLIGENCE,
    /** 750.4(b)(6)(i): the countries designated as terrorist-supporting, whose 6(j) items call for a notice. */
    TERRORIST_SUPPORTING,
    /** 742.15(a)(1): the destinations an EI row does not reach. */
    ENCRYPTION_EXCEPTED,
    /** 742.14(a): the destinations an SI row does not reach. */
    SURREPTITIOUS_LISTENING_EXCEPTED
}
