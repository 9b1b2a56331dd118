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

    /** One question the form asks: the answer's field name, how to read it, and its words with their section. */
    public record Question(String field, java.util.function.Function<EndUseFacts, Boolean> answer, String words) {
    }

    /** The questions, in the form's order; the form's refusals and the determination's open questions quote them. */
    public static final java.util.List<Question> QUESTIONS = java.util.List.of(
            new Question("nuclear", EndUseFacts::nuclear, "Will the items be used in nuclear explosive activities, "
                    + "unsafeguarded nuclear activities or other nuclear end uses? (15 CFR 744.2)"),
            new Question("missile", EndUseFacts::missile, "Will the items be used for rocket systems, missiles or "
                    + "unmanned aerial vehicles that can deliver weapons of mass destruction? (15 CFR 744.3)"),
            new Question("chemicalBiological", EndUseFacts::chemicalBiological, "Will the items be used for chemical "
                    + "or biological weapons? (15 CFR 744.4)"),
            new Question("militaryEndUse", EndUseFacts::militaryEndUse, "Are the items for a military end use, or is "
                    + "a party a military end user? (15 CFR 744.21)"),
            new Question("militaryIntelligence", EndUseFacts::militaryIntelligence, "Is a party a "
                    + "military-intelligence end user, or are the items for a military-intelligence end use? "
                    + "(15 CFR 744.22)"),
            new Question("coveredRegionOfUkraine", EndUseFacts::coveredRegionOfUkraine, "Are the items going to, or "
                    + "is a party in, the Crimea region of Ukraine or the so-called DNR or LNR regions? "
                    + "(15 CFR 746.6)"));

    /** No question answered yet. */
    public static final EndUseFacts UNANSWERED = new EndUseFacts(null, null, null, null, null, null);

    public static EndUseFacts orUnanswered(EndUseFacts facts) {
        return facts == null ? UNANSWERED : facts;
    }
}
