/**
 * Fuzzy, explained matching of party names against screening lists such as the US Consolidated Screening List.
 *
 * <p>Pure Java, no framework and no database: build a {@link gov.clearance.screening.matching.ScreeningIndex} from
 * {@link gov.clearance.screening.matching.ListedParty} entries once, then call
 * {@link gov.clearance.screening.matching.ScreeningIndex#screen} for each
 * {@link gov.clearance.screening.matching.ScreenedParty}; every
 * {@link gov.clearance.screening.matching.ScreeningMatch} says in plain sentences why it matched.
 *
 * <p>Names are normalised (case, punctuation, diacritics, "&amp;"), transliterated from Cyrillic and Greek, freed of
 * legal forms ("Co., Ltd.", "OOO", "Joint Stock Company"), compared word by word regardless of order, with phonetic
 * folding for romanisation variants (Mohammed / Muhammad, Sergey / Sergei, Yuri / Iouri) and edit distance for
 * typos; generic words ("Technologies", "Trading") weigh little and alone never make a hit. Before all that, names
 * are put in NFKC without invisible characters, and letters that imitate Latin letters (Cyrillic, Greek, Armenian,
 * IPA; Unicode Technical Standard #39's confusables) are read as the letters they imitate, on both sides, see
 * {@link gov.clearance.shared.LookAlikes}.
 */
package gov.clearance.screening.matching;
