package gov.clearance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookAlikesTest {

    @Test
    void visibleTextIsNfkcWithoutInvisibleCharacters() {
        assertThat(LookAlikes.visible("\uff30etro\u00a0Trade")).isEqualTo("Petro Trade");
        assertThat(LookAlikes.visible("Sino\u200bbri\u00adght\u200d\u2060\ufeff")).isEqualTo("Sinobright");
        assertThat(LookAlikes.visible("\u202eRED\u202c \u2067LRO\u2069")).isEqualTo("RED LRO");
        assertThat(LookAlikes.visible(null)).isNull();
    }

    @Test
    void lettersOfOtherScriptsAndIpaLettersHaveTheirLatinLookAlike() {
        assertThat(LookAlikes.latin('\u0430')).isEqualTo("a"); // Cyrillic а
        assertThat(LookAlikes.latin('\u0442')).isEqualTo("T"); // Cyrillic т, a T in capitals
        assertThat(LookAlikes.latin('\u0397')).isEqualTo("H"); // Greek Η
        assertThat(LookAlikes.latin('\u0585')).isEqualTo("o"); // Armenian օ
        assertThat(LookAlikes.latin('\u0406')).isEqualTo("I"); // Cyrillic І, whose skeleton is "l"
        assertThat(LookAlikes.latin('\u04cf')).isEqualTo("l"); // Cyrillic ӏ
        assertThat(LookAlikes.latin('\u0251')).isEqualTo("a"); // IPA ɑ
        assertThat(LookAlikes.latin('\u026a')).isEqualTo("i"); // IPA ɪ
    }

    @Test
    void asciiAndLettersThatImitateNothingAreNotFolded() {
        assertThat(LookAlikes.latin('m')).isNull();
        assertThat(LookAlikes.latin('0')).isNull();
        assertThat(LookAlikes.latin('\u00e9')).isNull(); // é is its own look-alike
        assertThat(LookAlikes.latin('\u0436')).isNull(); // Cyrillic ж
        assertThat(LookAlikes.latin('\u0437')).isNull(); // Cyrillic з looks like the digit 3, not a letter
        assertThat(LookAlikes.latin('\u4e2d')).isNull();
    }

    @Test
    void theKeyOfATextIsHowItLooks() {
        String plain = LookAlikes.key("Petro Trade LLC");

        assertThat(LookAlikes.key("Petro\u00a0Trade LLC")).isEqualTo(plain);
        assertThat(LookAlikes.key("Petro Trade LLC\u200b")).isEqualTo(plain);
        assertThat(LookAlikes.key("Petro Tr\u0430de LLC")).isEqualTo(plain);
        assertThat(LookAlikes.key("\uff30etro Trade LLC")).isEqualTo(plain);
        assertThat(LookAlikes.key("  PETRO   trade llc ")).isEqualTo(plain);
    }

    @Test
    void theKeyKeepsTextsThatLookDifferentApart() {
        assertThat(LookAlikes.key("Acrne")).isNotEqualTo(LookAlikes.key("Acme"));
        assertThat(LookAlikes.key("X100")).isNotEqualTo(LookAlikes.key("XlOO"));
        assertThat(LookAlikes.key("M\u00fcller")).isNotEqualTo(LookAlikes.key("Muller"));
        assertThat(LookAlikes.key("\u0420\u043e\u043c\u0430\u0448\u043a\u0430")).isNotEqualTo(LookAlikes.key("Romashka"));
    }
}
