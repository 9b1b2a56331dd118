package gov.clearance.screening;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.screening.matching.ScreenedParty;
import gov.clearance.screening.matching.ScreeningIndex;
import gov.clearance.screening.matching.ScreeningMatch;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names from the shipped sample of the Consolidated Screening List, disguised with characters that look like their
 * letters (issue 14: one look-alike letter used to defeat screening): each disguise must still hit its entry.
 */
class LookAlikeScreeningTest {

    /** Real names of the shipped sample, in the spelling listed. */
    private static final List<String> LISTED = List.of("Sinobright Import and Export Company", "Atlas Sanatgaran",
            "Gryphon Aerospace", "Huawei Cloud Beijing", "Gulnihal Yegane", "ROSNEFT TRADE LIMITED",
            "AKTSIONERNOE OBSHCHESTVO SHVABE", "Abdul Qadeer Khan", "APEX", "Gunther Migeotte",
            "Gulf Gate Sea Cargo LLC", "HAVIN BANK LIMITED");

    private static final Map<Character, String> CYRILLIC = letters("aа cс eе iі jј oо pр sѕ xх yу hһ AА BВ CС EЕ "
            + "HН IІ KК MМ OО PР SЅ TТ XХ YУ");
    private static final Map<Character, String> GREEK = letters("oο vν iι uυ AΑ BΒ EΕ HΗ IΙ KΚ MΜ NΝ OΟ PΡ TΤ XΧ "
            + "YΥ ZΖ");
    private static final Map<Character, String> ARMENIAN = letters("oօ uս hհ nո gց OՕ");
    private static final Map<Character, String> IPA = letters("aɑ iɪ gɡ Iɪ");

    private static ScreeningIndex index;
    private static Map<String, ListEntry> byName;

    @BeforeAll
    static void loadTheShippedSample() throws IOException {
        try (InputStream sample = LookAlikeScreeningTest.class.getClassLoader().getResourceAsStream(
                "db/migration/reference/screening/consolidated-screening-list-sample.csv")) {
            List<ListEntry> entries = ScreeningListFile.read(ListFormat.CSV, sample).entries();
            index = ScreeningLists.index(entries);
            byName = entries.stream().collect(Collectors.toMap(entry -> ScreeningLists.matchableName(entry.name()),
                    entry -> entry, (first, second) -> first));
        }
        assertThat(byName).containsKeys(LISTED.toArray(String[]::new));
    }

    @Test
    void everyListedNameIsFoundAsWrittenWithAScoreOfOne() {
        for (String name : LISTED) {
            assertThat(hitOn(name, name).score()).as(name).isEqualTo(1.0);
        }
    }

    @Test
    void namesWithCyrillicLookAlikesAreFound() {
        assertEveryDisguiseHits(name -> replace(name, CYRILLIC));
    }

    @Test
    void namesWithGreekLookAlikesAreFound() {
        assertEveryDisguiseHits(name -> replace(name, GREEK));
    }

    @Test
    void namesWithArmenianLookAlikesAreFound() {
        assertEveryDisguiseHits(name -> replace(name, ARMENIAN));
    }

    @Test
    void namesWithIpaLookAlikesAreFound() {
        assertEveryDisguiseHits(name -> replace(name, IPA));
    }

    @Test
    void namesWithNoBreakSpacesAreFound() {
        assertEveryDisguiseHits(name -> name.replace(' ', '\u00a0'));
    }

    @Test
    void namesWithZeroWidthAndFormatCharactersInsideWordsAreFound() {
        assertEveryDisguiseHits(name -> name.charAt(0) + "\u200b" + name.substring(1, 3) + "\u00ad"
                + name.substring(3, 4) + "\u200d" + name.substring(4) + "\u200b");
        assertEveryDisguiseHits(name -> "\u202e" + name.substring(0, 2) + "\u2060" + name.substring(2) + "\u202c");
    }

    @Test
    void namesInFullwidthFormsAreFound() {
        assertEveryDisguiseHits(name -> name.chars().mapToObj(c -> c > ' ' && c < 127
                ? String.valueOf((char) (c - 0x21 + 0xff01)) : String.valueOf((char) c)).collect(Collectors.joining()));
    }

    @Test
    void theThreeNamesOfTheReportHitWithTheFoldExplained() {
        ScreeningMatch atlas = hitOn("Atlas Sanatgar\u0251n", "Atlas Sanatgaran");
        ScreeningMatch sinobright = hitOn("Sin\u0585bright Imp\u0585rt and Exp\u0585rt C\u0585mpany",
                "Sinobright Import and Export Company");
        ScreeningMatch small = hitOn("S\u026anobr\u026aght", "Sinobright Import and Export Company");

        assertThat(atlas.score()).isEqualTo(1.0);
        assertThat(atlas.reasons()).contains("look-alike characters folded (\"\u0251\" read as \"a\")");
        assertThat(sinobright.score()).isEqualTo(1.0);
        assertThat(sinobright.reasons()).contains("look-alike characters folded (\"\u0585\" read as \"o\")");
        assertThat(small.reasons()).contains("look-alike characters folded (\"\u026a\" read as \"i\")");
    }

    @Test
    void aNameWhollyInCyrillicLookAlikesIsFoundAsItLooks() {
        ScreeningMatch apex = hitOn("\u0410\u0420\u0415\u0425", "APEX"); // "АРЕХ"

        assertThat(apex.score()).isEqualTo(1.0);
        assertThat(apex.reasons()).contains("look-alike characters folded (\"\u0410\" read as \"a\")");
    }

    @Test
    void genuineNamesInOtherScriptsDoNotHitListedLatinNames() {
        assertThat(screen("\u0531\u0580\u0574\u0565\u0576 \u054d\u0561\u0580\u0563\u057d\u0575\u0561\u0576"))
                .as("Armenian: Armen Sargsyan").isEmpty();
        assertThat(screen("\u0391\u03b8\u03b7\u03bd\u03b1\u03ca\u03ba\u03ae \u039d\u03b1\u03c5\u03c4\u03b9\u03bb"
                + "\u03b9\u03b1\u03ba\u03ae")).as("Greek: Athinaiki Naftiliaki").isEmpty();
        assertThat(screen("\u041e\u041e\u041e \u0420\u043e\u043c\u0430\u0448\u043a\u0430"))
                .as("Cyrillic: OOO Romashka").isEmpty();
    }

    @Test
    void namesThatOnlyShareWordsWithListedNamesStayBelowTheThreshold() {
        assertThat(screen("Bright Sin\u043e Cloud")).isEmpty();
        assertThat(screen("\u0410tlas Cargo")).isEmpty();
    }

    private static void assertEveryDisguiseHits(UnaryOperator<String> disguise) {
        List<String> disguised = new ArrayList<>();
        for (String name : LISTED) {
            String looksAlike = disguise.apply(name);
            if (!looksAlike.equals(name)) {
                disguised.add(looksAlike);
                assertThat(hitOn(looksAlike, name).score()).as(looksAlike).isGreaterThanOrEqualTo(0.96);
            }
        }
        assertThat(disguised).as("names the disguise changes").hasSizeGreaterThanOrEqualTo(5);
    }

    private static ScreeningMatch hitOn(String screened, String listedName) {
        String key = byName.get(listedName).key();
        return screen(screened).stream().filter(match -> match.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + screened + "\" does not hit \"" + listedName + "\""));
    }

    private static List<ScreeningMatch> screen(String name) {
        return index.screen(new ScreenedParty(name, null), ScreeningIndex.DEFAULT_THRESHOLD);
    }

    private static String replace(String name, Map<Character, String> lookAlikes) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(lookAlikes.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }

    private static Map<Character, String> letters(String pairs) {
        return java.util.Arrays.stream(pairs.split(" ")).collect(Collectors.toMap(pair -> pair.charAt(0),
                pair -> pair.substring(1)));
    }
}
