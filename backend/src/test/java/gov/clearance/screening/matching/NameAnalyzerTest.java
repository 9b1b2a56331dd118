package gov.clearance.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {

    private static NameAnalyzer.Analyzed analyze(String name) {
        return NameAnalyzer.analyze(name, Term::new);
    }

    private static List<String> words(String name) {
        return analyze(name).words().stream().map(w -> w.term().norm).toList();
    }

    private static List<String> legalForms(String name) {
        return analyze(name).legalForms().stream().map(NameAnalyzer.Removed::surface).toList();
    }

    @Test
    void lowerCasesAndSplitsAtSpacesAndPunctuation() {
        assertThat(words("  KIM,  Jong-Un ")).containsExactly("kim", "jong", "un");
        assertThat(words("O'Neill (Holdings)")).containsExactly("oneill", "holdings");
    }

    @Test
    void readsAmpersandAsAnd() {
        assertThat(words("Black & Veatch")).containsExactly("black", "and", "veatch");
    }

    @Test
    void removesDiacriticsAndSpellsOutSpecialLetters() {
        assertThat(words("Petróleos Großmann Søren Łukasz Ærø")).containsExactly("petroleos", "grossmann", "soren",
                "lukasz", "aero");
        assertThat(analyze("Petróleos").diacritic()).isEqualTo("\"ó\" read as \"o\"");
        assertThat(analyze("Petroleos").diacritic()).isNull();
    }

    @Test
    void transliteratesCyrillic() {
        NameAnalyzer.Analyzed a = analyze("Щербаков Юрий Фёдорович");

        assertThat(a.words()).extracting(w -> w.term().norm).containsExactly("shcherbakov", "yuriy", "fedorovich");
        assertThat(a.cyrillic()).isTrue();
        assertThat(words("Роснефть")).containsExactly("rosneft");
        assertThat(words("Київ Ґрунт")).containsExactly("kiyiv", "grunt");
    }

    @Test
    void transliteratesGreek() {
        NameAnalyzer.Analyzed a = analyze("Παπαδόπουλος Ναυτιλιακή");

        assertThat(a.words()).extracting(w -> w.term().norm).containsExactly("papadopoulos", "naftiliaki");
        assertThat(a.greek()).isTrue();
    }

    @Test
    void keepsOtherScriptsAsWritten() {
        assertThat(words("华为 技术")).containsExactly("华为", "技术");
    }

    @Test
    void joinsDottedAbbreviationsButSplitsDottedWords() {
        assertThat(words("Alpha S.p.A. Co.Ltd Beta")).containsExactly("alpha", "spa", "co", "ltd", "beta");
        assertThat(words("U.S.A. Trading")).containsExactly("usa", "trading");
    }

    @Test
    void removesTrailingCorporateSuffixes() {
        assertThat(words("Huawei Technologies Co., Ltd.")).containsExactly("huawei", "technologies");
        assertThat(legalForms("Huawei Technologies Co., Ltd.")).containsExactly("Co., Ltd.");
        assertThat(words("Siemens AG")).containsExactly("siemens");
        assertThat(words("Alpha Trading FZCO")).containsExactly("alpha", "trading");
        assertThat(words("Beta Holdings Pte. Ltd.")).containsExactly("beta", "holdings");
        assertThat(words("Gamma S.A. de C.V.")).containsExactly("gamma");
        assertThat(words("Delta GmbH & Co. KG")).containsExactly("delta");
    }

    @Test
    void removesLeadingLegalFormsIncludingCyrillicOnes() {
        assertThat(words("Joint Stock Company Sukhoi Aviation")).containsExactly("sukhoi", "aviation");
        assertThat(legalForms("Joint Stock Company Sukhoi Aviation")).containsExactly("Joint Stock Company");
        assertThat(words("Open Joint-Stock Company Rosneft Oil Company")).containsExactly("rosneft", "oil");
        assertThat(words("ООО «Ромашка»")).containsExactly("romashka");
        assertThat(legalForms("ООО «Ромашка»")).containsExactly("ООО");
        assertThat(words("ОАО Газпром")).containsExactly("gazprom");
        assertThat(words("АО Концерн")).containsExactly("kontsern");
        assertThat(words("Общество с ограниченной ответственностью Вектор")).containsExactly("vektor");
    }

    @Test
    void neverRemovesTheWholeName() {
        assertThat(words("Company Limited")).containsExactly("company");
        assertThat(words("LLC")).containsExactly("llc");
    }

    @Test
    void keepsLegalFormWordsInsideTheName() {
        assertThat(words("Limited Brands Company Store")).containsExactly("limited", "brands", "company", "store");
    }

    @Test
    void readsAbdAlAsAbdul() {
        assertThat(words("Abd al-Rahman")).containsExactly("abdul", "rahman");
        assertThat(analyze("Abd al-Rahman").words().get(0).surface()).isEqualTo("Abd al");
    }
}
