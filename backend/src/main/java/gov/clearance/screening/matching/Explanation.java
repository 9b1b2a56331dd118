package gov.clearance.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the reasons of a hit as short sentences. */
final class Explanation {

    private Explanation() {
    }

    static List<String> reasons(NameAnalyzer.Analyzed screened, NameAnalyzer.Analyzed listed, String listedName,
            boolean primary, NameScorer.Result result, String countryReason) {
        List<String> reasons = new ArrayList<>();
        List<NameAnalyzer.Word> q = screened.words();
        List<NameAnalyzer.Word> c = listed.words();
        boolean allPaired = all(result.screenedPaired()) && all(result.listedPaired());
        boolean allClose = true;
        for (NameScorer.Pair p : result.pairs()) {
            allClose &= kind(q, c, p) != NameScorer.Kind.SIMILAR;
        }
        String verb = result.genericOnly() ? "shares only common words with"
                : allPaired && allClose ? "matches"
                : allPaired ? "closely resembles"
                : "partly matches";
        reasons.add("name " + verb + " the " + (primary ? "primary" : "alternate") + " name \"" + listedName + "\""
                + transliteration(screened, listed));

        for (NameScorer.Pair p : result.pairs()) {
            String qs = surface(screened, p.q(), p.qn());
            String cs = surface(listed, p.c(), p.cn());
            if (p.qn() == 2) {
                reasons.add("\"" + qs + "\" matches \"" + cs + "\" written as one word");
                continue;
            }
            if (p.cn() == 2) {
                reasons.add("\"" + qs + "\" matches \"" + cs + "\" written as two words");
                continue;
            }
            Term a = q.get(p.q()).term();
            Term b = c.get(p.c()).term();
            switch (kind(q, c, p)) {
                case SAME -> {
                }
                case VARIANT -> reasons.add(variant(a, b, qs, cs));
                case SIMILAR -> reasons.add("\"" + qs + "\" is spelled similarly to \"" + cs + "\" (similarity "
                        + String.format(Locale.ROOT, "%.2f", p.sim()) + ")");
            }
        }
        if (result.reordered()) {
            reasons.add("words in a different order");
        }
        unpaired(reasons, screened, result.screenedPaired(), "screened");
        unpaired(reasons, listed, result.listedPaired(), "listed");

        Set<String> screenedForms = screened.legalForms().stream().map(NameAnalyzer.Removed::key)
                .collect(Collectors.toSet());
        for (NameAnalyzer.Removed r : screened.legalForms()) {
            reasons.add((r.leading() ? "legal form \"" : "corporate suffix \"") + r.surface() + "\" ignored");
        }
        for (NameAnalyzer.Removed r : listed.legalForms()) {
            if (!screenedForms.contains(r.key())) {
                reasons.add((r.leading() ? "legal form \"" : "corporate suffix \"") + r.surface()
                        + "\" of the listed name ignored");
            }
        }
        if (screened.diacritic() != null) {
            reasons.add("accents and special letters normalised (" + screened.diacritic() + ")");
        }
        if (listed.diacritic() != null && !listed.diacritic().equals(screened.diacritic())) {
            reasons.add("accents and special letters of the listed name normalised (" + listed.diacritic() + ")");
        }
        if (screened.lookAlike() != null) {
            reasons.add("look-alike characters folded (" + screened.lookAlike() + ")");
        }
        if (listed.lookAlike() != null && !listed.lookAlike().equals(screened.lookAlike())) {
            reasons.add("look-alike characters of the listed name folded (" + listed.lookAlike() + ")");
        }
        if (countryReason != null) {
            reasons.add(countryReason);
        }
        return reasons;
    }

    private static NameScorer.Kind kind(List<NameAnalyzer.Word> q, List<NameAnalyzer.Word> c, NameScorer.Pair p) {
        if (p.qn() == 2 || p.cn() == 2) {
            return p.sim() >= NameScorer.VARIANT ? NameScorer.Kind.VARIANT : NameScorer.Kind.SIMILAR;
        }
        return NameScorer.kind(q.get(p.q()).term(), c.get(p.c()).term());
    }

    private static String variant(Term a, Term b, String qs, String cs) {
        if (a.canonical.equals(b.canonical) && !Vocabulary.isNamePart(a.canonical)) {
            return "\"" + qs + "\" and \"" + cs + "\" are forms of the same word";
        }
        if (a.fold.equals(b.fold)) {
            return "\"" + qs + "\" is a transliteration variant of \"" + cs + "\"";
        }
        return "\"" + qs + "\" is a spelling variant of \"" + cs + "\" (vowels differ)";
    }

    private static void unpaired(List<String> reasons, NameAnalyzer.Analyzed name, boolean[] paired, String side) {
        List<String> distinctive = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (int i = 0; i < paired.length; i++) {
            if (!paired[i]) {
                NameAnalyzer.Word w = name.words().get(i);
                if (w.term().strong()) {
                    distinctive.add("\"" + w.surface() + "\"");
                } else if (w.term().weight > Vocabulary.STOPWORD) {
                    common.add("\"" + w.surface() + "\"");
                }
            }
        }
        if (!distinctive.isEmpty()) {
            reasons.add("the " + side + " name also contains " + String.join(", ", distinctive));
        }
        if (common.size() == 1) {
            reasons.add("the common word " + common.get(0) + " of the " + side + " name carries little weight");
        } else if (common.size() > 1) {
            reasons.add("the common words " + String.join(", ", common) + " of the " + side
                    + " name carry little weight");
        }
    }

    private static String surface(NameAnalyzer.Analyzed name, int from, int count) {
        List<NameAnalyzer.Word> w = name.words();
        return name.text().substring(w.get(from).start(), w.get(from + count - 1).end());
    }

    private static String transliteration(NameAnalyzer.Analyzed a, NameAnalyzer.Analyzed b) {
        List<String> scripts = new ArrayList<>();
        if (a.cyrillic() != b.cyrillic()) {
            scripts.add("Cyrillic");
        }
        if (a.greek() != b.greek()) {
            scripts.add("Greek");
        }
        return scripts.isEmpty() ? "" : " after transliteration from " + String.join(" and ", scripts);
    }

    private static boolean all(boolean[] flags) {
        for (boolean f : flags) {
            if (!f) {
                return false;
            }
        }
        return true;
    }
}
