package gov.clearance.screening.matching;

import gov.clearance.shared.LookAlikes;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts one word (already lower case) to plain Latin letters: Cyrillic by a simple BGN/PCGN-style table, Greek by
 * an ELOT-style table, Latin letters with diacritics to their base letters (é→e, ß→ss, ø→o, ł→l, ...). Letters of
 * other scripts are kept as they are.
 */
final class Transliteration {

    /** What a conversion did, for the explanation. */
    static final class Notes {
        boolean cyrillic;
        boolean greek;
        /** The first letter that lost a diacritic or was spelled out, as {@code "é" read as "e"}. */
        String diacritic;
        /** The first look-alike letter read as the Latin letter it imitates, as {@code "օ" read as "o"}. */
        String lookAlike;

        void diacritic(String from, String to) {
            if (diacritic == null) {
                diacritic = "\"" + from + "\" read as \"" + to + "\"";
            }
        }

        void lookAlike(String from, String to) {
            if (lookAlike == null) {
                lookAlike = "\"" + from + "\" read as \"" + to + "\"";
            }
        }
    }

    private static final Map<Integer, String> CYRILLIC = new HashMap<>();
    private static final Map<Integer, String> GREEK = new HashMap<>();
    private static final Map<String, String> GREEK_DIGRAPHS = new HashMap<>();
    private static final Map<Integer, String> LATIN_SPECIAL = new HashMap<>();

    private static void table(Map<Integer, String> map, String letters, String... latin) {
        int[] cps = letters.codePoints().toArray();
        if (cps.length != latin.length) {
            throw new IllegalStateException("table mismatch for " + letters);
        }
        for (int i = 0; i < cps.length; i++) {
            map.put(cps[i], latin[i]);
        }
    }

    static {
        // Russian
        table(CYRILLIC, "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya");
        // Ukrainian, Belarusian, Serbian, Macedonian, Kazakh and other additions
        table(CYRILLIC, "ґєіїўђјљњћџѓќѕәғқңөұүһ",
                "g", "ye", "i", "yi", "u", "dj", "j", "lj", "nj", "c", "dz", "gj", "kj", "dz", "a", "g", "k", "n",
                "o", "u", "u", "h");
        table(GREEK, "αβγδεζηθικλμνξοπρσςτυφχψω",
                "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                "y", "f", "ch", "ps", "o");
        GREEK_DIGRAPHS.put("ου", "ou");
        GREEK_DIGRAPHS.put("αυ", "av"); // "af", "ef", "if" before a voiceless consonant, see toLatin
        GREEK_DIGRAPHS.put("ευ", "ev");
        GREEK_DIGRAPHS.put("ηυ", "iv");
        GREEK_DIGRAPHS.put("γγ", "ng");
        GREEK_DIGRAPHS.put("γκ", "gk");
        GREEK_DIGRAPHS.put("μπ", "b");
        GREEK_DIGRAPHS.put("ντ", "nt");
        table(LATIN_SPECIAL, "ßæœøđðłþıħŧŋĸſŀĳ",
                "ss", "ae", "oe", "o", "d", "d", "l", "th", "i", "h", "t", "ng", "k", "s", "l", "ij");
    }

    private Transliteration() {
    }

    static boolean isCyrillic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
    }

    static boolean isGreek(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK;
    }

    /**
     * Replaces the look-alikes in a word (as written, before lower-casing) by the Latin letters they imitate (see
     * {@link LookAlikes#latin}): Latin letters that are no letter with a diacritic and not spelled out here (IPA
     * "ɑ", "ɪ"); and letters of another script when they stand in a word with Latin letters ("Sinօbright", with
     * Armenian "օ"), or when every one of them imitates a Latin letter in a name written in Latin letters
     * ("СОРЕХ Trading"). A word wholly in Cyrillic or Greek in any other name is transliterated instead.
     */
    static String foldLookAlikes(String word, boolean latinName, Notes notes) {
        boolean latin = false;
        boolean other = false;
        boolean everyOtherImitates = true;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 || !Character.isLetter(cp)) {
                latin |= cp < 128 && Character.isLetter(cp);
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                other = true;
                everyOtherImitates &= LookAlikes.latin(cp) != null;
            }
        }
        boolean foldOther = other && (latin || latinName && everyOtherImitates);
        StringBuilder out = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            String fold = null;
            if (cp >= 128 && Character.isLetter(cp)) {
                boolean latinScript = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
                if (latinScript ? !spelledOut(cp) : foldOther) {
                    fold = LookAlikes.latin(cp);
                }
            }
            if (fold != null) {
                if (out == null) {
                    out = new StringBuilder(word.length()).append(word, 0, i);
                }
                notes.lookAlike(word.substring(i, next), fold.toLowerCase(java.util.Locale.ROOT));
                out.append(fold);
            } else if (out != null) {
                out.append(word, i, next);
            }
            i = next;
        }
        return out == null ? word : out.toString();
    }

    /** Whether {@link #toLatin} already reads the Latin letter: a letter with a diacritic, or one spelled out. */
    private static boolean spelledOut(int cp) {
        int lower = Character.toLowerCase(cp);
        return LATIN_SPECIAL.containsKey(lower) || baseLetter(lower) < 128;
    }

    /** Converts a lower-case word; drops marks, apostrophes and modifier letters. */
    static String toLatin(String lower, Notes notes) {
        StringBuilder out = new StringBuilder(lower.length() + 4);
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp < 128) {
                if (Character.isLetterOrDigit(cp)) {
                    out.append((char) cp);
                }
                i += len;
                continue;
            }
            if (isCyrillic(cp)) {
                String t = CYRILLIC.get(cp);
                if (t == null) {
                    t = CYRILLIC.get(baseLetter(cp));
                }
                if (t != null) {
                    notes.cyrillic = true;
                    out.append(t);
                } else if (Character.isLetter(cp)) {
                    out.appendCodePoint(cp);
                }
                i += len;
                continue;
            }
            if (isGreek(cp) && Character.isLetter(cp)) {
                int base = baseLetter(cp);
                int next = i + len < lower.length() ? lower.codePointAt(i + len) : -1;
                if (next >= 0 && isGreek(next)) {
                    String digraph = GREEK_DIGRAPHS.get(new String(new int[] {base, baseLetter(next)}, 0, 2));
                    if (digraph != null && digraph.endsWith("v")) {
                        int after = i + len + Character.charCount(next) < lower.length()
                                ? baseLetter(lower.codePointAt(i + len + Character.charCount(next))) : -1;
                        if (after < 0 || "θκξπστφχψ".indexOf(after) >= 0) {
                            digraph = digraph.replace('v', 'f');
                        }
                    }
                    if (digraph != null) {
                        notes.greek = true;
                        out.append(digraph);
                        i += len + Character.charCount(next);
                        continue;
                    }
                }
                String t = GREEK.get(base);
                if (t != null) {
                    notes.greek = true;
                    out.append(t);
                } else {
                    out.appendCodePoint(cp);
                }
                i += len;
                continue;
            }
            String special = LATIN_SPECIAL.get(cp);
            if (special != null) {
                notes.diacritic(new String(Character.toChars(cp)), special);
                out.append(special);
                i += len;
                continue;
            }
            if (Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.MODIFIER_LETTER) {
                String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                StringBuilder base = new StringBuilder();
                decomposed.codePoints().filter(c -> !isMark(c)).forEach(base::appendCodePoint);
                String b = base.toString();
                if (!b.isEmpty() && b.chars().allMatch(c -> c < 128)) {
                    notes.diacritic(new String(Character.toChars(cp)), b);
                    out.append(b);
                } else if (Character.isDigit(cp)) {
                    out.append(Character.digit(cp, 10));
                } else {
                    out.appendCodePoint(cp); // another script: kept as written
                }
            }
            i += len;
        }
        return out.toString();
    }

    private static int baseLetter(int cp) {
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        return d.codePointAt(0);
    }

    static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }
}
