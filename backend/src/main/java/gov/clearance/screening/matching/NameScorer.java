package gov.clearance.screening.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores how well a screened name matches one listed name, both given as terms (legal forms already removed).
 *
 * <p>Words are paired greedily, best pair first, regardless of their order; a word may also pair with two adjacent
 * words of the other name written together ("Hikvision" / "Hik Vision", similarity at least {@value #JOIN_CUTOFF}).
 * Each pair has a similarity: 1 for the same normalised word, {@value #VARIANT} for the same phonetic fold
 * (transliteration variants, abbreviations, plurals; see {@link PhoneticFold}), {@value #SHAPE_VARIANT} for words of
 * at least five letters that differ only in their vowels (Muhammad / Mohammed), otherwise 0.25 × Jaro-Winkler +
 * 0.75 × edit similarity (Levenshtein with adjacent transpositions) of the folds, at most {@value #SIMILAR_MAX};
 * below {@value #WORD_CUTOFF} the words do not pair.
 *
 * <p>The score is {@code quality × coverage}: quality is the weight-averaged similarity of the pairs, coverage is
 * {@code M / (M + 0.35·Uq + 0.30·Ul)} where M is the weight of the paired words and Uq, Ul are the sums of the
 * squared weights of the unpaired words of the screened and the listed name. Squaring makes an unpaired generic
 * word ("Technologies", weight 0.2) cost almost nothing and an unpaired distinctive word (a given name, weight 1)
 * cost a lot. A different word order costs {@value #REORDER_PENALTY}. If no pair involves one of the most
 * informative words of both names (only generic words match), the score is capped at {@value #GENERIC_ONLY_CAP}.
 */
final class NameScorer {

    static final double VARIANT = 0.96;
    static final double SHAPE_VARIANT = 0.93;
    static final double SIMILAR_MAX = 0.92;
    static final double WORD_CUTOFF = 0.8;
    static final double JOIN_CUTOFF = 0.88;
    static final double UNPAIRED_SCREENED = 0.35;
    static final double UNPAIRED_LISTED = 0.30;
    static final double REORDER_PENALTY = 0.01;
    static final double GENERIC_ONLY_CAP = 0.5;

    /** How two words compare. */
    enum Kind {
        SAME, VARIANT, SIMILAR
    }

    /** Paired words: {@code qn} words of the screened name from {@code q}, {@code cn} of the listed from {@code c}. */
    record Pair(int q, int qn, int c, int cn, double sim) {
    }

    /** The outcome; the pairs are only listed when an explanation was asked for. */
    record Result(double score, List<Pair> pairs, boolean[] screenedPaired, boolean[] listedPaired,
            boolean reordered, boolean genericOnly) {
    }

    private NameScorer() {
    }

    /**
     * Adjacent words written together: element i is words i and i+1 joined; empty for a single word. The lookup
     * gets the joined spelling and should return a {@link Term#joined} term.
     */
    static Term[] joined(Term[] terms, java.util.function.Function<String, Term> lookup) {
        if (terms.length < 2) {
            return new Term[0];
        }
        Term[] j = new Term[terms.length - 1];
        for (int i = 0; i < j.length; i++) {
            j[i] = lookup.apply(terms[i].norm + terms[i + 1].norm);
        }
        return j;
    }

    static Kind kind(Term a, Term b) {
        if (a == b || a.norm.equals(b.norm)) {
            return Kind.SAME;
        }
        return similarity(a, b) >= SHAPE_VARIANT ? Kind.VARIANT : Kind.SIMILAR;
    }

    /** Similarity of two words in [0,1]; 0 when they are too different to pair. */
    static double similarity(Term a, Term b) {
        return similarity(a, b, WORD_CUTOFF);
    }

    /** Similarity of two words, or 0 when it is below {@code cutoff}. */
    static double similarity(Term a, Term b, double cutoff) {
        if (a == b || a.norm.equals(b.norm)) {
            return 1.0;
        }
        if (a.fold.equals(b.fold)) {
            return VARIANT >= cutoff ? VARIANT : 0.0;
        }
        String x = a.fold;
        String y = b.fold;
        int max = Math.max(x.length(), y.length());
        boolean sameShape = a.consonants >= 2 && Math.min(x.length(), y.length()) >= 5 && a.shape.equals(b.shape);
        if (!sameShape) {
            // cheap upper bounds: Jaro-Winkler <= 1 and edit similarity <= 1 - d/max, where d is at least the
            // length difference and at least the number of distinct letters found in only one of the words
            int onlyA = Integer.bitCount(a.letters & ~b.letters);
            int onlyB = Integer.bitCount(b.letters & ~a.letters);
            int d = Math.max(Math.abs(x.length() - y.length()), Math.max(onlyA, onlyB));
            if (1.0 - 0.75 * d / max < cutoff) {
                return 0.0;
            }
        }
        double jw = Similarity.jaroWinkler(x, y);
        double s = 0.25 * jw + 0.75 * Similarity.editSimilarity(x, y);
        s = Math.min(s, SIMILAR_MAX);
        if (sameShape && jw >= 0.85) {
            s = Math.max(s, SHAPE_VARIANT);
        }
        return s >= cutoff ? s : 0.0;
    }

    static Result score(Term[] q, Term[] qj, Term[] c, Term[] cj, boolean explain) {
        int n = q.length;
        int m = c.length;
        if (n == 0 || m == 0) {
            return new Result(0.0, List.of(), new boolean[n], new boolean[m], false, false);
        }
        int capacity = n * m + qj.length * m + n * cj.length;
        double[] sims = new double[capacity];
        int[] codes = new int[capacity]; // q | qn << 8 | c << 16 | cn << 24
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = similarity(q[i], c[j]);
                if (s > 0) {
                    sims[count] = s;
                    codes[count++] = code(i, 1, j, 1);
                }
            }
        }
        for (int i = 0; i < qj.length; i++) {
            for (int j = 0; j < m; j++) {
                double s = similarity(qj[i], c[j], JOIN_CUTOFF);
                if (s > 0) {
                    sims[count] = s;
                    codes[count++] = code(i, 2, j, 1);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cj.length; j++) {
                double s = similarity(q[i], cj[j], JOIN_CUTOFF);
                if (s > 0) {
                    sims[count] = s;
                    codes[count++] = code(i, 1, j, 2);
                }
            }
        }
        sort(sims, codes, count);

        boolean[] qUsed = new boolean[n];
        boolean[] cUsed = new boolean[m];
        List<Pair> pairs = explain ? new ArrayList<>() : null;
        double maxQ = maxWeight(q);
        double maxC = maxWeight(c);
        double paired = 0;
        double similar = 0;
        boolean significant = false;
        int pairCount = 0;
        int[] order = new int[n]; // listed position of the pair starting at screened word i, or -1
        java.util.Arrays.fill(order, -1);
        for (int k = 0; k < count; k++) {
            int code = codes[k];
            int qi = code & 0xff;
            int qn = (code >>> 8) & 0xff;
            int cjx = (code >>> 16) & 0xff;
            int cn = (code >>> 24) & 0xff;
            if (qUsed[qi] || (qn == 2 && qUsed[qi + 1]) || cUsed[cjx] || (cn == 2 && cUsed[cjx + 1])) {
                continue;
            }
            double wq = q[qi].weight + (qn == 2 ? q[qi + 1].weight : 0);
            double wc = c[cjx].weight + (cn == 2 ? c[cjx + 1].weight : 0);
            double mq = Math.max(q[qi].weight, qn == 2 ? q[qi + 1].weight : 0);
            double mc = Math.max(c[cjx].weight, cn == 2 ? c[cjx + 1].weight : 0);
            double w = (wq + wc) / 2;
            paired += w;
            similar += w * sims[k];
            significant |= mq >= maxQ - 1e-9 && mc >= maxC - 1e-9;
            qUsed[qi] = true;
            cUsed[cjx] = true;
            if (qn == 2) {
                qUsed[qi + 1] = true;
            }
            if (cn == 2) {
                cUsed[cjx + 1] = true;
            }
            order[qi] = cjx;
            pairCount++;
            if (explain) {
                pairs.add(new Pair(qi, qn, cjx, cn, sims[k]));
            }
        }
        if (pairCount == 0) {
            return new Result(0.0, explain ? pairs : List.of(), qUsed, cUsed, false, false);
        }
        double unpairedQ = 0;
        for (int i = 0; i < n; i++) {
            if (!qUsed[i]) {
                unpairedQ += q[i].weight * q[i].weight;
            }
        }
        double unpairedC = 0;
        for (int j = 0; j < m; j++) {
            if (!cUsed[j]) {
                unpairedC += c[j].weight * c[j].weight;
            }
        }
        double quality = similar / paired;
        double coverage = paired / (paired + UNPAIRED_SCREENED * unpairedQ + UNPAIRED_LISTED * unpairedC);
        double score = quality * coverage;
        boolean reordered = false;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (order[i] >= 0) {
                if (order[i] < last) {
                    reordered = true;
                }
                last = order[i];
            }
        }
        if (reordered) {
            score -= REORDER_PENALTY;
        }
        if (!significant) {
            score = Math.min(score, GENERIC_ONLY_CAP);
        }
        score = Math.max(0.0, Math.min(1.0, score));
        if (explain) {
            pairs.sort(Comparator.comparingInt(Pair::q));
        }
        return new Result(score, explain ? pairs : List.of(), qUsed, cUsed, reordered, !significant);
    }

    private static int code(int q, int qn, int c, int cn) {
        return Math.min(q, 0xff) | qn << 8 | Math.min(c, 0xff) << 16 | cn << 24;
    }

    private static double maxWeight(Term[] terms) {
        double max = 0;
        for (Term t : terms) {
            max = Math.max(max, t.weight);
        }
        return max;
    }

    /** Sorts by similarity descending, then joined pairs first, then by position; insertion sort (few pairs). */
    private static void sort(double[] sims, int[] codes, int count) {
        for (int i = 1; i < count; i++) {
            double s = sims[i];
            int c = codes[i];
            int j = i - 1;
            while (j >= 0 && before(s, c, sims[j], codes[j])) {
                sims[j + 1] = sims[j];
                codes[j + 1] = codes[j];
                j--;
            }
            sims[j + 1] = s;
            codes[j + 1] = c;
        }
    }

    private static boolean before(double s1, int c1, double s2, int c2) {
        if (s1 != s2) {
            return s1 > s2;
        }
        int span1 = ((c1 >>> 8) & 0xff) + ((c1 >>> 24) & 0xff);
        int span2 = ((c2 >>> 8) & 0xff) + ((c2 >>> 24) & 0xff);
        if (span1 != span2) {
            return span1 > span2;
        }
        int d1 = Math.abs((c1 & 0xff) - ((c1 >>> 16) & 0xff));
        int d2 = Math.abs((c2 & 0xff) - ((c2 >>> 16) & 0xff));
        return d1 < d2;
    }
}
