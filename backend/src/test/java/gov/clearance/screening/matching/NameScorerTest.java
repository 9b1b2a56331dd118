package gov.clearance.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameScorerTest {

    private static double words(String a, String b) {
        return NameScorer.similarity(new Term(a), new Term(b));
    }

    private static NameScorer.Result names(String a, String b) {
        Term[] q = NameAnalyzer.analyze(a, Term::new).terms();
        Term[] c = NameAnalyzer.analyze(b, Term::new).terms();
        return NameScorer.score(q, NameScorer.joined(q, Term::new), c, NameScorer.joined(c, Term::new), true);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "mohammed, muhammad", "mohamad, mohammed", "muhammad, mohamed", "yusuf, yousef", "youssef, yusuf",
            "abdul, abdel", "hussein, husayn", "hussain, hossein", "aleksandr, alexander", "sergey, sergei",
            "yuri, yury", "yuri, iouri", "dmitriy, dmitry", "vasiliy, vasily", "tshernov, chernov",
            "tchaikovsky, chaikovskiy", "yevgeny, evgeniy", "pyotr, petr", "hezbollah, hizballah", "qaida, qaeda",
            "osama, usama", "omar, umar", "ahmed, ahmad", "mueller, muller", "marzook, marzuq", "mousa, musa",
            "shcherbakov, sherbakov", "khodorkovsky, hodorkovsky", "jusuf, yusuf", "sergej, sergey",
            "philip, filip", "wladimir, vladimir"})
    void romanisationVariantsAreNearlyTheSame(String a, String b) {
        assertThat(words(a, b)).isGreaterThanOrEqualTo(NameScorer.SHAPE_VARIANT).isLessThan(1.0);
        assertThat(NameScorer.kind(new Term(a), new Term(b))).isEqualTo(NameScorer.Kind.VARIANT);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"mahmoud, muhammad", "hassan, hussein", "zhang, jiang", "zhang, yang", "petrov, popov",
            "ivanov, ivashov", "kim, kin", "han, huan", "rosneft, rostec", "ali, ala"})
    void differentNamesDoNotPair(String a, String b) {
        assertThat(words(a, b)).isZero();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"rosneft, rosnfet", "hikvision, hikvisoin", "kalashnikov, kalashnikow", "ivanov, ivanova",
            "khodorkovsky, chodorkowski", "soleimani, suleimani", "ghasem, qasem"})
    void typosAndCloseSpellingsAreSimilar(String a, String b) {
        assertThat(words(a, b)).isBetween(NameScorer.WORD_CUTOFF, NameScorer.VARIANT);
    }

    @Test
    void theSameWordScoresOne() {
        assertThat(words("rosneft", "rosneft")).isEqualTo(1.0);
        assertThat(names("Huawei Technologies", "HUAWEI TECHNOLOGIES").score()).isEqualTo(1.0);
    }

    @Test
    void unpairedGenericWordsCostLittleUnpairedDistinctiveWordsALot() {
        double generic = names("Huawei", "Huawei Technologies").score();
        double place = names("Hikvision", "Hangzhou Hikvision").score();
        double givenName = names("Ivanov", "Sergei Ivanov").score();

        assertThat(generic).isGreaterThan(place);
        assertThat(place).isGreaterThan(ScreeningIndex.DEFAULT_THRESHOLD);
        assertThat(givenName).isLessThan(ScreeningIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void onlyGenericWordsInCommonIsCapped() {
        NameScorer.Result r = names("Acme Shenzhen International Trading Technologies Group Holding",
                "Huawei Shenzhen International Trading Technologies Group Holding");

        assertThat(r.genericOnly()).isTrue();
        assertThat(r.score()).isEqualTo(NameScorer.GENERIC_ONLY_CAP);
        assertThat(names("Acme Shenzhen", "Acme Technologies").genericOnly()).isFalse();
    }

    @Test
    void aDifferentWordOrderCostsALittle() {
        NameScorer.Result r = names("Jong Un Kim", "Kim Jong Un");

        assertThat(r.reordered()).isTrue();
        assertThat(r.score()).isEqualTo(1.0 - NameScorer.REORDER_PENALTY);
    }

    @Test
    void pairsAWordWithTwoWordsWrittenApart() {
        NameScorer.Result r = names("Hik Vision", "Hikvision");

        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.pairs()).containsExactly(new NameScorer.Pair(0, 2, 0, 1, 1.0));
        assertThat(names("Alqaida", "Al Qaida").score()).isEqualTo(1.0);
    }

    @Test
    void scoresAreMonotoneInTheNumberOfDifferences() {
        String listed = "ABU MARZOOK, Mousa Mohammed";
        double exact = names("Mousa Mohammed Abu Marzook", listed).score();
        double variant = names("Musa Mohammed Abu Marzook", listed).score();
        double twoVariants = names("Musa Muhammad Abu Marzook", listed).score();
        double missingWord = names("Musa Muhammad Abu", listed).score();

        assertThat(exact).isGreaterThan(variant);
        assertThat(variant).isGreaterThan(twoVariants);
        assertThat(twoVariants).isGreaterThan(missingWord);
    }
}
