package gov.clearance.screening.matching;

import static gov.clearance.screening.matching.ScreeningListFixture.ABU_MARZOOK;
import static gov.clearance.screening.matching.ScreeningListFixture.DEIF;
import static gov.clearance.screening.matching.ScreeningListFixture.HIKVISION;
import static gov.clearance.screening.matching.ScreeningListFixture.HIZBALLAH;
import static gov.clearance.screening.matching.ScreeningListFixture.HUAWEI;
import static gov.clearance.screening.matching.ScreeningListFixture.IRGC;
import static gov.clearance.screening.matching.ScreeningListFixture.IVANOV;
import static gov.clearance.screening.matching.ScreeningListFixture.KIM_JONG_UN;
import static gov.clearance.screening.matching.ScreeningListFixture.MAHAN_AIR;
import static gov.clearance.screening.matching.ScreeningListFixture.NASRALLAH;
import static gov.clearance.screening.matching.ScreeningListFixture.PDVSA;
import static gov.clearance.screening.matching.ScreeningListFixture.PUTIN;
import static gov.clearance.screening.matching.ScreeningListFixture.QUSAY;
import static gov.clearance.screening.matching.ScreeningListFixture.ROSNEFT;
import static gov.clearance.screening.matching.ScreeningListFixture.SOLEIMANI;
import static gov.clearance.screening.matching.ScreeningListFixture.SUKHOI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScreeningIndexTest {

    private static final ScreeningIndex INDEX = ScreeningIndex.of(ScreeningListFixture.ALL);
    private static final double THRESHOLD = ScreeningIndex.DEFAULT_THRESHOLD;

    private static List<ScreeningMatch> screen(String name) {
        return INDEX.screen(new ScreenedParty(name, null), THRESHOLD);
    }

    private static List<ScreeningMatch> screen(String name, String country) {
        return INDEX.screen(new ScreenedParty(name, country), THRESHOLD);
    }

    /** The hit for the entry, whatever its score (threshold 0). */
    private static ScreeningMatch scoreAgainst(String name, String country, ListedParty entry) {
        return INDEX.screen(new ScreenedParty(name, country), 0.0).stream()
                .filter(m -> m.key().equals(entry.key()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " does not reach " + entry.key() + " at all"));
    }

    private static Optional<ScreeningMatch> hit(List<ScreeningMatch> matches, ListedParty entry) {
        return matches.stream().filter(m -> m.key().equals(entry.key())).findFirst();
    }

    private static ScreeningMatch onlyHit(List<ScreeningMatch> matches, ListedParty entry) {
        assertThat(matches).extracting(ScreeningMatch::key).containsExactly(entry.key());
        return matches.get(0);
    }

    @Test
    void sizeIsTheNumberOfEntries() {
        assertThat(INDEX.size()).isEqualTo(ScreeningListFixture.ALL.size());
        assertThat(ScreeningIndex.of(List.of()).size()).isZero();
        assertThat(ScreeningIndex.of(List.of()).screen(new ScreenedParty("Huawei", "CN"), 0.0)).isEmpty();
    }

    @Nested
    class Normalisation {

        @Test
        void exactNormalisedMatchScoresOne() {
            ScreeningMatch m = onlyHit(screen("huawei technologies co ltd"), HUAWEI);

            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.matchedName()).isEqualTo("Huawei Technologies Co., Ltd.");
            assertThat(m.reasons().get(0)).isEqualTo("name matches the primary name \"Huawei Technologies Co., Ltd.\"");
        }

        @Test
        void ignoresCasePunctuationAndWhitespace() {
            assertThat(onlyHit(screen("  MAHAN-AIR  "), MAHAN_AIR).score()).isEqualTo(1.0);
            assertThat(onlyHit(screen("Kim Jong-Un"), KIM_JONG_UN).score()).isEqualTo(1.0);
        }

        @Test
        void removesDiacriticsAndSaysSo() {
            ScreeningMatch m = onlyHit(screen("Petróleos de Venezuela, S.A."), PDVSA);

            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.reasons()).contains("accents and special letters normalised (\"ó\" read as \"o\")");
        }

        @Test
        void readsAmpersandAsAnd() {
            ScreeningIndex index = ScreeningIndex.of(List.of(new ListedParty("SDN-X", "SDN",
                    "ABDUL RAHMAN AND SONS TRADING", List.of(), Set.of())));

            List<ScreeningMatch> matches = index.screen(new ScreenedParty("Abdul Rahman & Sons Trading", null),
                    THRESHOLD);

            assertThat(matches).singleElement().extracting(ScreeningMatch::score).isEqualTo(1.0);
        }
    }

    @Nested
    class AlternateNames {

        @Test
        void explainsWhichAlternateNameMatched() {
            ScreeningMatch m = onlyHit(screen("Hezbollah"), HIZBALLAH);

            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.matchedName()).isEqualTo("HEZBOLLAH");
            assertThat(m.reasons().get(0)).isEqualTo("name matches the alternate name \"HEZBOLLAH\"");
        }

        @Test
        void everyAlternateNameIsIndexed() {
            assertThat(onlyHit(screen("Army of the Guardians of the Islamic Revolution"), IRGC).matchedName())
                    .isEqualTo("ARMY OF THE GUARDIANS OF THE ISLAMIC REVOLUTION");
            assertThat(onlyHit(screen("Pasdaran"), IRGC).matchedName()).isEqualTo("PASDARAN");
            assertThat(onlyHit(screen("Mahan Airways"), MAHAN_AIR).matchedName()).isEqualTo("MAHAN AIRWAYS");
        }

        @Test
        void thePrimaryNameWinsATie() {
            ScreeningIndex index = ScreeningIndex.of(List.of(new ListedParty("K", "SDN", "MAHAN AIR",
                    List.of("Mahan Air"), Set.of())));

            ScreeningMatch m = index.screen(new ScreenedParty("Mahan Air", null), THRESHOLD).get(0);

            assertThat(m.matchedName()).isEqualTo("MAHAN AIR");
            assertThat(m.reasons().get(0)).startsWith("name matches the primary name");
        }

        @Test
        void oneHitPerEntryWithTheBestName() {
            List<ScreeningMatch> matches = screen("Hizbullah");

            assertThat(matches).hasSize(1);
            assertThat(matches.get(0).matchedName()).isEqualTo("HIZBULLAH");
        }
    }

    @Nested
    class WordOrder {

        @Test
        void matchesAcrossWordOrder() {
            ScreeningMatch m = onlyHit(screen("Jong Un Kim"), KIM_JONG_UN);

            assertThat(m.score()).isGreaterThanOrEqualTo(0.95).isLessThan(1.0);
            assertThat(m.reasons()).contains("words in a different order");
        }

        @Test
        void matchesSurnameFirstListingsOfFullNames() {
            ScreeningMatch m = onlyHit(screen("Vladimir Vladimirovich Putin"), PUTIN);

            assertThat(m.score()).isGreaterThanOrEqualTo(0.95);
            assertThat(m.reasons()).contains("words in a different order");
        }

        @Test
        void aMissingPatronymicStillMatchesButCosts() {
            ScreeningMatch m = onlyHit(screen("Vladimir Putin"), PUTIN);

            assertThat(m.score()).isBetween(THRESHOLD, 0.9);
            assertThat(m.reasons()).contains("the listed name also contains \"Vladimirovich\"");
        }

        @Test
        void aSurnameAloneIsNotAHit() {
            assertThat(screen("Ivanov")).isEmpty();
            assertThat(scoreAgainst("Ivanov", null, IVANOV).score()).isLessThan(THRESHOLD);
        }

        @Test
        void sameSurnameDifferentGivenNameIsNotAHit() {
            assertThat(screen("Petr Ivanov")).isEmpty();
            assertThat(screen("Kim Jong Il")).isEmpty();
        }
    }

    @Nested
    class Transliteration {

        @Test
        void transliteratesCyrillic() {
            ScreeningMatch m = onlyHit(screen("ПАО «Роснефть»"), ROSNEFT);

            assertThat(m.score()).isGreaterThanOrEqualTo(0.95);
            assertThat(m.reasons().get(0)).endsWith("after transliteration from Cyrillic");
            assertThat(m.reasons()).contains("legal form \"ПАО\" ignored");
        }

        @Test
        void transliteratesCyrillicPersonalNamesExactly() {
            ScreeningMatch m = onlyHit(screen("Путин Владимир Владимирович"), PUTIN);

            assertThat(m.score()).isGreaterThanOrEqualTo(0.98);
            assertThat(m.reasons()).contains("name matches the primary name \"PUTIN, Vladimir Vladimirovich\""
                    + " after transliteration from Cyrillic");
        }

        @Test
        void transliteratesCyrillicLetterCombinations() {
            // Сухой is romanised "Sukhoy" by BGN, the list writes "Sukhoi"
            ScreeningMatch m = onlyHit(screen("АО Сухой"), SUKHOI);

            assertThat(m.score()).isGreaterThanOrEqualTo(0.9);
            assertThat(m.reasons()).contains("legal form \"АО\" ignored");
        }

        @Test
        void matchesCommonTransliterationVariantsOfRussianNames() {
            assertThat(hit(screen("Sergey Borisovich Ivanov"), IVANOV)).isPresent();
            assertThat(hit(screen("Wladimir Putin"), PUTIN)).isPresent();
            assertThat(hit(screen("Vladimir Vladimirovitch Poutine"), PUTIN)).isPresent();
        }

        @Test
        void matchesCommonTransliterationVariantsOfArabicNames() {
            ScreeningMatch marzook = onlyHit(screen("Musa Muhammad Abu Marzuq"), ABU_MARZOOK);
            assertThat(marzook.matchedName()).isEqualTo("ABU MARZOOK, Mousa Mohammed");
            assertThat(marzook.reasons()).contains("\"Musa\" is a transliteration variant of \"Mousa\"",
                    "\"Marzuq\" is a transliteration variant of \"MARZOOK\"");

            assertThat(hit(screen("Mohamed Deif"), DEIF)).isPresent();
            assertThat(hit(screen("Hassan Nasrallah"), NASRALLAH)).isPresent();
            assertThat(hit(screen("Qusay Saddam Husayn al-Tikriti"), QUSAY)).isPresent();
            assertThat(hit(screen("Qassim Suleimani"), SOLEIMANI)).isPresent();
        }

        @Test
        void matchesTransliterationVariantsOfOrganisationNames() {
            ScreeningMatch m = onlyHit(screen("Hizbollah"), HIZBALLAH);

            assertThat(m.score()).isBetween(0.9, 0.99);
            assertThat(m.reasons().get(1)).contains("\"Hizbollah\"").contains("variant of");
        }

        @Test
        void toleratesATypo() {
            ScreeningMatch rosneft = onlyHit(screen("Rosnfet Oil Company"), ROSNEFT);
            assertThat(rosneft.score()).isBetween(THRESHOLD, 0.95);
            assertThat(rosneft.reasons())
                    .anyMatch(r -> r.startsWith("\"Rosnfet\" is spelled similarly to \"Rosneft\""));

            ScreeningMatch hikvision = onlyHit(screen("Hikvison"), HIKVISION);
            assertThat(hikvision.reasons())
                    .contains("\"Hikvison\" is a spelling variant of \"Hikvision\" (vowels differ)");
        }

        @Test
        void matchesWordsWrittenTogetherOrApart() {
            ScreeningMatch m = onlyHit(screen("Hik-Vision Digital Technology"), HIKVISION);

            assertThat(m.reasons()).contains("\"Hik-Vision\" matches \"Hikvision\" written as one word");
        }
    }

    @Nested
    class CorporateSuffixes {

        @Test
        void ignoresCorporateSuffixesAndSaysSo() {
            ScreeningMatch m = onlyHit(screen("Huawei Technologies LLC"), HUAWEI);

            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.reasons()).contains("corporate suffix \"LLC\" ignored",
                    "corporate suffix \"Co., Ltd.\" of the listed name ignored");
        }

        @Test
        void ignoresLeadingLegalFormsOfRussianCompanies() {
            ScreeningMatch m = onlyHit(screen("Sukhoi Aviation JSC"), SUKHOI);

            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.reasons()).contains("corporate suffix \"JSC\" ignored",
                    "legal form \"Joint Stock Company\" of the listed name ignored");
        }

        @Test
        void aCompanyNameWithoutItsGenericWordsStillMatches() {
            ScreeningMatch huawei = onlyHit(screen("Huawei Technologies Company Limited"), HUAWEI);
            assertThat(huawei.score()).isEqualTo(1.0);

            ScreeningMatch hikvision = onlyHit(screen("Hikvision"), HIKVISION);
            assertThat(hikvision.score()).isBetween(THRESHOLD, 0.99);
            assertThat(hikvision.reasons())
                    .contains("the common words \"Hangzhou\", \"Digital\", \"Technology\" of the listed name carry"
                            + " little weight");
        }
    }

    @Nested
    class GenericWords {

        @Test
        void aSharedGenericWordIsNotAHit() {
            assertThat(screen("Acme Technologies Co., Ltd.")).isEmpty();
            assertThat(screen("Global Trading International LLC")).isEmpty();
            assertThat(screen("Oil Company")).isEmpty();
        }

        @Test
        void genericWordsDoNotEvenMakeCandidates() {
            assertThat(INDEX.screen(new ScreenedParty("Acme Technologies", "CN"), 0.0)).extracting(ScreeningMatch::key)
                    .doesNotContain(HUAWEI.key(), HIKVISION.key());
        }

        @Test
        void unrelatedNamesScoreWellBelowTheThreshold() {
            for (String name : List.of("Siemens Energy GmbH", "Toyota Tsusho Corporation", "Maria Gonzalez",
                    "Li Wei", "Nestlé S.A.", "Rolls-Royce plc")) {
                assertThat(INDEX.screen(new ScreenedParty(name, null), 0.0))
                        .as(name)
                        .allSatisfy(m -> assertThat(m.score()).isLessThan(0.6));
            }
        }
    }

    @Nested
    class Country {

        @Test
        void countryMatchRaisesTheScoreAndSaysSo() {
            double plain = onlyHit(screen("Hikvision"), HIKVISION).score();
            ScreeningMatch m = onlyHit(screen("Hikvision", "CN"), HIKVISION);

            assertThat(plain).isLessThan(0.96);
            assertThat(m.score()).isEqualTo(plain + 0.04, org.assertj.core.data.Offset.offset(0.0011));
            assertThat(m.reasons()).contains("address country CN matches the entry's country");
        }

        @Test
        void countryMismatchLowersButDoesNotHideAStrongMatch() {
            ScreeningMatch m = onlyHit(screen("Huawei Technologies Co., Ltd.", "DE"), HUAWEI);

            assertThat(m.score()).isLessThan(1.0).isGreaterThanOrEqualTo(0.9);
            assertThat(m.reasons()).contains("address country DE differs from the entry's countries CN");
        }

        @Test
        void countryMatchNeverExceedsOne() {
            assertThat(onlyHit(screen("Huawei Technologies Co., Ltd.", "CN"), HUAWEI).score()).isEqualTo(1.0);
        }

        @Test
        void entriesWithoutCountryAreNeutral() {
            ScreeningMatch without = onlyHit(screen("Hizbollah"), HIZBALLAH);
            ScreeningMatch with = onlyHit(screen("Hizbollah", "LB"), HIZBALLAH);

            assertThat(with.score()).isEqualTo(without.score());
            assertThat(with.reasons()).noneMatch(r -> r.contains("country"));
        }

        @Test
        void countryCodesAreCaseInsensitive() {
            assertThat(onlyHit(screen("Mahan Air", "ir"), MAHAN_AIR).reasons())
                    .contains("address country IR matches the entry's country");
        }
    }

    @Nested
    class Results {

        @Test
        void areSortedBestFirstAndAtOrAboveTheThreshold() {
            ScreeningIndex index = ScreeningIndex.of(List.of(
                    new ListedParty("A", "SDN", "ROSNEFT TRADING S.A.", List.of(), Set.of("CH")),
                    new ListedParty("B", "SDN", "ROSNEFT", List.of(), Set.of("RU")),
                    new ListedParty("C", "SDN", "ROSNEFT OIL COMPANY", List.of(), Set.of("RU"))));

            List<ScreeningMatch> matches = index.screen(new ScreenedParty("Rosneft", null), 0.8);

            assertThat(matches).extracting(ScreeningMatch::key).startsWith("B");
            assertThat(matches).extracting(ScreeningMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                    .allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.8));
            assertThat(index.screen(new ScreenedParty("Rosneft", null), 1.0)).extracting(ScreeningMatch::key)
                    .containsExactly("B");
        }

        @Test
        void everyReasonIsAShortSentence() {
            ScreeningMatch m = onlyHit(screen("Hikvison Technology LLC", "CN"), HIKVISION);

            assertThat(m.reasons()).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(r -> assertThat(r).isNotBlank().hasSizeLessThan(200).doesNotEndWith("."))
                    .contains("corporate suffix \"LLC\" ignored", "address country CN matches the entry's country");
        }

        @Test
        void aNameWithoutLettersFindsNothing() {
            assertThat(screen("")).isEmpty();
            assertThat(screen(" ,.- ")).isEmpty();
        }

        @Test
        void isSafeForConcurrentScreening() throws Exception {
            List<String> names = List.of("Hezbollah", "Huawei", "Jong Un Kim", "Musa Abu Marzuq", "Rosneft",
                    "Acme Trading", "Mahan Airlines", "Hikvision");
            List<List<ScreeningMatch>> expected = names.stream().map(ScreeningIndexTest::screen).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    futures.add(pool.submit(() -> {
                        for (int round = 0; round < 200; round++) {
                            for (int i = 0; i < names.size(); i++) {
                                if (!screen(names.get(i)).equals(expected.get(i))) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : futures) {
                    assertThat(f.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
