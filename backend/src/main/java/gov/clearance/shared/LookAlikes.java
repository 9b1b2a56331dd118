package gov.clearance.shared;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text as it looks, not as it is encoded: the same name typed with a no-break space, a zero-width space, a fullwidth
 * letter or a Cyrillic "а" for the Latin "a" is the same name to a reader, and so it must be to screening and to the
 * duplicate check.
 *
 * <p>{@link #visible} applies Unicode normalization form NFKC (fullwidth and other compatibility forms become their
 * plain letters, every kind of space a space) and removes the default-ignorable characters, which are invisible:
 * zero-width spaces and joiners, the soft hyphen, bidirectional controls, variation selectors. {@link #latin} tells
 * which Latin letters a character is confusable with, by the confusables data of Unicode Technical Standard #39 (its
 * skeleton, from ICU). ASCII letters and digits are never folded into each other ("rn" and "m", "0" and "O" stay
 * apart): names are compared fuzzily after this, and the fuzzy comparison already weighs such one-letter
 * differences.
 */
public final class LookAlikes {

    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** The Latin look-alike of each character asked for so far; "" for none. */
    private static final Map<Integer, String> LATIN = new ConcurrentHashMap<>();

    private LookAlikes() {
    }

    /** The text in NFKC without invisible characters; null stays null. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        return withoutInvisibles(NFKC.normalize(withoutInvisibles(text)));
    }

    /** Whether the character is invisible (Unicode's Default_Ignorable_Code_Point: U+200B, U+00AD, U+202E, ...). */
    public static boolean invisible(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /**
     * The Latin letters (possibly with combining marks, in NFC) that the character is confusable with, as written or
     * in its other case (Cyrillic "т" looks like "T" in capitals); null for ASCII, for characters that look like no
     * Latin letter, and for Latin letters that are their own look-alike ("é").
     */
    public static String latin(int codePoint) {
        if (codePoint < 128) {
            return null;
        }
        String found = LATIN.computeIfAbsent(codePoint, LookAlikes::lookUp);
        return found.isEmpty() ? null : found;
    }

    /**
     * The text as a reader sees it, for telling whether two texts are the same: {@link #visible}, every character
     * with a Latin look-alike replaced by it, lower case, runs of spaces made one, no space at either end.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String visible = visible(text);
        StringBuilder out = new StringBuilder(visible.length());
        visible.codePoints().forEach(codePoint -> {
            String latin = latin(codePoint);
            if (latin != null) {
                out.append(latin);
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                out.append(' ');
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ").strip();
    }

    private static String lookUp(int codePoint) {
        String written = new String(Character.toChars(codePoint));
        boolean upper = UCharacter.isUUppercase(codePoint) || UCharacter.isTitleCase(codePoint);
        for (int candidate : new int[] {codePoint, UCharacter.toUpperCase(codePoint),
                UCharacter.toLowerCase(codePoint)}) {
            String skeleton = skeleton(candidate);
            String letter = ASCII_BY_SKELETON.get(skeleton);
            if (letter != null) {
                // the skeleton is the prototype, not the letter: both "I" and "l" have the skeleton "l"
                String inCase = letter.length() == 2 ? (upper ? letter.substring(0, 1) : letter.substring(1)) : letter;
                return inCase.equals(written) ? "" : inCase;
            }
            if (latinLetters(skeleton)) {
                return skeleton.equals(NFC.normalize(written)) ? "" : skeleton;
            }
        }
        return "";
    }

    private static String skeleton(int codePoint) {
        return NFC.normalize(CONFUSABLES.getSkeleton(new String(Character.toChars(codePoint))));
    }

    /** The ASCII letters by their skeleton: "l" is "Il" (upper and lower case), "rn" is "m". */
    private static final Map<String, String> ASCII_BY_SKELETON = asciiBySkeleton();

    private static Map<String, String> asciiBySkeleton() {
        Map<String, String> letters = new java.util.HashMap<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.merge(skeleton(c), String.valueOf(c), String::concat);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            letters.merge(skeleton(c), String.valueOf(c), String::concat);
        }
        // an upper-case and a lower-case letter with one skeleton stay as a pair; anything else keeps its first
        letters.replaceAll((skeleton, found) -> found.length() == 2 && Character.isUpperCase(found.charAt(0))
                && Character.isLowerCase(found.charAt(1)) ? found : found.substring(0, 1));
        return Map.copyOf(letters);
    }

    /** At least one ASCII letter, and nothing but ASCII letters and combining marks. */
    private static boolean latinLetters(String text) {
        String decomposed = NFD.normalize(text);
        boolean letter = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                letter = true;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letter;
    }

    private static String withoutInvisibles(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (invisible(codePoint)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
