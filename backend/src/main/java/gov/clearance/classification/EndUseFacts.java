package gov.clearance.classification;

/**
 * What the applicant says of the end use and the end users, in the plain words of the questions the form
 * asks; each answer is {@code true}, {@code false}, or {@code null} while not yet given. They bring in the
 * end-use and end-user rules of part 744 and the regional rule of 746.6.
 *
 * @param nuclear the items are for nuclear explosive activities, unsafeguarded nuclear activities or other
 *        nuclear end uses (15 CFR 744.2)
 * @param missile the items are for rocket systems, missiles or unmanned aerial vehicles able to deliver weapons
 *        of mass destruction (15 CFR 744.3)
 * @param chemicalBiological the items are for chemical or biological weapons (15 CFR 744.4)
 * @param militaryEndUse the items are for a military end use, or a party is a military end user (15 CFR 744.21)
 * @param militaryIntelligence a party is a military-intelligence end user, or the items are for a
 *        military-intelligence end use (15 CFR 744.22)
 * @param coveredRegionOfUkraine a party is in, or the items go to, the Crimea region of Ukraine or the so-called
 *        DNR or LNR regions (15 CFR 746.6, Country Chart footnotes 8 and 9)
 */
public record EndUseFacts(Boolean nuclear, Boolean missile, Boolean chemicalBiological, Boolean militaryEndUse,
        Boolean militaryIntelligence, Boolean coveredRegionOfUkraine) {

    /** No question answered yet. */
    public static final EndUseFacts UNANSWERED = new EndUseFacts(null, null, null, null, null, null);

    public static EndUseFacts orUnanswered(EndUseFacts facts) {
        return facts == null ? UNANSWERED : facts;
    }
}
