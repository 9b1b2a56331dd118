package gov.clearance.screening.matching;

import gov.clearance.shared.LookAlikes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a name into the words the matcher compares: splits it at spaces and punctuation, reads "&amp;" as "and",
 * joins dotted abbreviations ("S.A." is "sa"), transliterates and removes diacritics, joins "Abd al-" into
 * "Abdul", and removes legal forms at the start ("OOO", "Joint Stock Company") and the end ("Co., Ltd.", "LLC") of
 * the name.
 */
final class NameAnalyzer {

    /** A word of the name: how it is written in the name (surface, with its position) and its term. */
    record Word(String surface, int start, int end, Term term) {
    }

    /** A removed legal form: how it is written and its folded key. */
    record Removed(String surface, String key, boolean leading) {
    }

    /** The analysed name. {@code words} are what is matched; the legal forms are kept for the explanation. */
    record Analyzed(String text, List<Word> words, List<Removed> legalForms, boolean cyrillic, boolean greek,
            String diacritic, String lookAlike) {

        Term[] terms() {
            Term[] t = new Term[words.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = words.get(i).term();
            }
            return t;
        }
    }

    private NameAnalyzer() {
    }

    static Analyzed analyze(String name, Function<String, Term> terms) {
        String text = LookAlikes.visible(name == null ? "" : name);
        return analyze(text, terms, hasLatinLetter(text));
    }

    /**
     * The name read as the Latin name it imitates, when it is written without a Latin letter and a word of it
     * consists of look-alikes of Latin letters only ("АРЕХ" in Cyrillic letters looks like "APEX"); empty otherwise.
     * Such a name is matched both as it reads (transliterated) and as it looks.
     */
    static Optional<Analyzed> asLookAlike(String name, Function<String, Term> terms) {
        String text = LookAlikes.visible(name == null ? "" : name);
        if (hasLatinLetter(text) || text.chars().allMatch(c -> c < 128)) {
            return Optional.empty();
        }
        Analyzed folded = analyze(text, terms, true);
        return folded.lookAlike() == null ? Optional.empty() : Optional.of(folded);
    }

    private static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static Analyzed analyze(String text, Function<String, Term> terms, boolean latinName) {
        Transliteration.Notes notes = new Transliteration.Notes();
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == '&' || cp == '+') {
                words.add(new Word(text.substring(i, i + 1), i, i + 1, terms.apply("and")));
                i++;
                continue;
            }
            if (isWordChar(cp)) {
                int start = i;
                while (i < text.length() && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                addChunk(text, start, i, words, terms, notes, latinName);
                continue;
            }
            i += Character.charCount(cp);
        }
        words = mergeAbdAl(text, words, terms);
        List<Removed> removed = new ArrayList<>();
        words = stripLegalForms(text, words, removed);
        return new Analyzed(text, Collections.unmodifiableList(words), List.copyOf(removed), notes.cyrillic,
                notes.greek, notes.diacritic, notes.lookAlike);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Transliteration.isMark(cp) || cp == '.' || isApostrophe(cp);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`' || cp == '\u00b4'
                || (cp >= 0x02b9 && cp <= 0x02bf);
    }

    /** A run of letters, digits, dots and apostrophes: one word, or several when dots separate longer parts. */
    private static void addChunk(String text, int start, int end, List<Word> words, Function<String, Term> terms,
            Transliteration.Notes notes, boolean latinName) {
        List<int[]> parts = new ArrayList<>();
        int p = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (i > p) {
                    parts.add(new int[] {p, i});
                }
                p = i + 1;
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        boolean abbreviation = parts.size() >= 2 && parts.stream().allMatch(r -> letters(text, r[0], r[1]) == 1);
        if (abbreviation) {
            StringBuilder norm = new StringBuilder();
            for (int[] r : parts) {
                norm.append(convert(text.substring(r[0], r[1]), notes, latinName));
            }
            add(words, text, parts.get(0)[0], parts.get(parts.size() - 1)[1], norm.toString(), terms);
        } else {
            for (int[] r : parts) {
                add(words, text, r[0], r[1], convert(text.substring(r[0], r[1]), notes, latinName), terms);
            }
        }
    }

    private static void add(List<Word> words, String text, int start, int end, String norm,
            Function<String, Term> terms) {
        if (!norm.isEmpty()) {
            int to = end < text.length() && text.charAt(end) == '.' ? end + 1 : end; // "Ltd." keeps its dot
            words.add(new Word(text.substring(start, to), start, to, terms.apply(norm)));
        }
    }

    private static int letters(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            if (Character.isLetterOrDigit(text.codePointAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String convert(String part, Transliteration.Notes notes, boolean latinName) {
        String folded = Transliteration.foldLookAlikes(part, latinName, notes);
        return Transliteration.toLatin(folded.toLowerCase(Locale.ROOT), notes);
    }

    /** "Abd al-Rahman" and "Abdul Rahman" are the same name: "abd" followed by an article becomes "abdul". */
    private static List<Word> mergeAbdAl(String text, List<Word> words, Function<String, Term> terms) {
        List<Word> out = null;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.term().norm.equals("abd") && i + 1 < words.size()
                    && words.get(i + 1).term().canonical.equals("al")) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                }
                Word next = words.get(i + 1);
                out.add(new Word(text.substring(w.start(), next.end()), w.start(), next.end(), terms.apply("abdul")));
                i++;
            } else if (out != null) {
                out.add(w);
            }
        }
        return out == null ? words : out;
    }

    private static List<Word> stripLegalForms(String text, List<Word> words, List<Removed> removed) {
        int from = 0;
        int to = words.size();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            for (Vocabulary.LegalForm form : Vocabulary.leadingForms(words.get(from).term().fold)) {
                int n = form.folds().size();
                if (to - from > n && matches(words, from, form)) {
                    removed.add(removed(text, words, from, from + n, true));
                    from += n;
                    changed = true;
                    break;
                }
            }
        }
        List<Removed> trailing = new ArrayList<>();
        changed = true;
        while (changed && from < to) {
            changed = false;
            for (Vocabulary.LegalForm form : Vocabulary.trailingForms(words.get(to - 1).term().fold)) {
                int n = form.folds().size();
                if (to - from > n && matches(words, to - n, form)) {
                    trailing.add(0, removed(text, words, to - n, to, false));
                    to -= n;
                    changed = true;
                    break;
                }
            }
        }
        removed.addAll(trailing);
        return from == 0 && to == words.size() ? words : new ArrayList<>(words.subList(from, to));
    }

    private static boolean matches(List<Word> words, int at, Vocabulary.LegalForm form) {
        List<String> folds = form.folds();
        for (int k = 0; k < folds.size(); k++) {
            if (!words.get(at + k).term().fold.equals(folds.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Removed removed(String text, List<Word> words, int from, int to, boolean leading) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            key.append(k > from ? " " : "").append(words.get(k).term().fold);
        }
        return new Removed(text.substring(words.get(from).start(), words.get(to - 1).end()), key.toString(), leading);
    }
}
