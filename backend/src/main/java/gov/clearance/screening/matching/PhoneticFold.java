package gov.clearance.screening.matching;

/**
 * Folds a normalised Latin word into keys that are equal for common romanisation variants of the same name.
 *
 * <ul>
 *   <li>{@link #fold} is a mild phonetic key: digraphs of the usual romanisation systems are unified (kh→h, ph→f,
 *       shch→sh, tsh/tch→ch, dzh/dj→j, x→ks, q→k, w→v, ou→u, German ue→u and oe→o, ...), y is read as i, e as
 *       i and o as u, the semivowel j of German/Slavic romanisation becomes i, "yo"/"ye" after a consonant become
 *       e, a final consonant+"er" becomes consonant+"r" (Aleksandr/Alexander) and doubled letters are collapsed.
 *       Mohammad/Mohamad, Sergey/Sergei, Yuri/Yury/Iouri, Dmitriy/Dmitry, Aleksandr/Alexander,
 *       Tchaikovsky/Chaikovskiy, Qaida/Qaeda all fold equal.</li>
 *   <li>{@link #shape} additionally reduces every vowel run to one "a": Muhammad/Mohammed, Husayn/Hussein,
 *       Hizballah/Hezbollah share a shape.</li>
 *   <li>{@link #key} is the consonant skeleton (vowels dropped, a leading vowel kept as "*") used to find
 *       candidates.</li>
 * </ul>
 * Words that are not plain ASCII letters and digits (e.g. Chinese or Arabic script) are returned unchanged.
 */
final class PhoneticFold {

    private static final String[][] DIGRAPHS = {
            {"shch", "sh"}, {"tsch", "ch"}, {"sch", "sh"}, {"tch", "ch"}, {"tsh", "ch"}, {"dzh", "j"},
            {"dj", "j"}, {"kh", "h"}, {"gh", "g"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"tz", "ts"},
            {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"ue", "u"}, {"oe", "o"}, {"x", "ks"}, {"q", "k"}, {"w", "v"}};

    private PhoneticFold() {
    }

    static boolean isPlainAscii(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    static String fold(String word) {
        if (!isPlainAscii(word)) {
            return word;
        }
        String s = word;
        if (s.length() > 2 && s.startsWith("ye")) {
            s = s.substring(1); // Yevgeny / Evgeny, Yelena / Elena
        }
        StringBuilder b = new StringBuilder(digraphs(s));
        // the semivowel j of German and Slavic romanisations (Jurij, Sergej, Fjodor) is y
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == 'j') {
                char prev = i > 0 ? b.charAt(i - 1) : 0;
                char next = i + 1 < b.length() ? b.charAt(i + 1) : 0;
                boolean vowelNext = next == 'a' || next == 'e' || next == 'o' || next == 'u';
                if ((i == 0 && vowelNext) || (isConsonant(prev) && prev != 'c' && prev != 'h' && prev != 'j'
                        && vowelNext) || (isVowel(prev) && !vowelNext && next != 'i')) {
                    b.setCharAt(i, 'y');
                }
            }
        }
        // "yo" after a consonant (Pyotr, Fyodor, Semyon) and "ye" inside a word (Dostoyevsky) are e
        for (int i = 1; i + 1 < b.length(); i++) {
            if (b.charAt(i) == 'y' && ((b.charAt(i + 1) == 'o' && isConsonant(b.charAt(i - 1)))
                    || b.charAt(i + 1) == 'e')) {
                b.deleteCharAt(i);
                b.setCharAt(i, 'e');
            }
        }
        // final consonant + "er" is consonant + "r" (Alexander / Aleksandr, Peter / Petr)
        int n = b.length();
        if (n > 4 && b.charAt(n - 1) == 'r' && b.charAt(n - 2) == 'e' && isConsonant(b.charAt(n - 3))
                && "hrw".indexOf(b.charAt(n - 3)) < 0) {
            b.deleteCharAt(n - 2);
        }
        StringBuilder out = new StringBuilder(b.length());
        char last = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = switch (b.charAt(i)) {
                case 'y', 'e' -> 'i';
                case 'o' -> 'u';
                default -> b.charAt(i);
            };
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c);
    }

    private static String digraphs(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        int i = 0;
        outer:
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 'c') {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (next == 'h') {
                    b.append("ch");
                    i += 2;
                } else {
                    b.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                    i++;
                }
                continue;
            }
            for (String[] rule : DIGRAPHS) {
                if (s.startsWith(rule[0], i)) {
                    b.append(rule[1]);
                    i += rule[0].length();
                    continue outer;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' || c == 'y';
    }

    /** The fold with every vowel run replaced by a single "a". */
    static String shape(String fold) {
        if (!isPlainAscii(fold)) {
            return fold;
        }
        StringBuilder b = new StringBuilder(fold.length());
        boolean inVowels = false;
        for (int i = 0; i < fold.length(); i++) {
            char c = fold.charAt(i);
            if (isVowel(c)) {
                if (!inVowels) {
                    b.append('a');
                }
                inVowels = true;
            } else {
                b.append(c);
                inVowels = false;
            }
        }
        return b.toString();
    }

    /** Number of consonant letters in a fold (digits count too). */
    static int consonants(String fold) {
        int n = 0;
        for (int i = 0; i < fold.length(); i++) {
            if (!isVowel(fold.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The consonant skeleton of a fold, used as the candidate key. */
    static String key(String fold) {
        if (!isPlainAscii(fold)) {
            return fold;
        }
        StringBuilder b = new StringBuilder(fold.length());
        if (isVowel(fold.charAt(0))) {
            b.append('*');
        }
        for (int i = 0; i < fold.length(); i++) {
            char c = fold.charAt(i);
            if (!isVowel(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
