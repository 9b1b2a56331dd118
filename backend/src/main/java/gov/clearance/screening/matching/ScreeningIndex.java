package gov.clearance.screening.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * An immutable index of screening-list entries that finds the entries whose names match a party's name, fuzzily,
 * and explains each hit. Safe for concurrent {@link #screen} calls.
 *
 * <p>Every name of an entry (primary and alternate) is analysed into words ({@link NameAnalyzer}) and indexed under
 * the consonant skeleton ({@link PhoneticFold#key}) of each distinctive word (generic words, place names and stop
 * words are only indexed for names that have no distinctive word), the skeletons with one letter deleted (typos),
 * and the skeletons of adjacent words written together. Screening looks up the same keys for the party's name (see
 * {@link #candidates}); names reached only through very frequent keys, or whose best possible score is below the
 * threshold, are skipped. Only candidates are scored ({@link NameScorer}); the best-scoring name of each entry
 * counts, adjusted for the address country: {@value #COUNTRY_MATCH_BONUS} more when the party's country is one of
 * the entry's (at most 1), {@value #COUNTRY_MISMATCH_PENALTY} less when the entry has countries and the party's is
 * not among them; entries without countries and parties without a country are not adjusted. Scores are rounded to
 * three decimals.
 */
public final class ScreeningIndex {

    /** Default minimum score of a hit. */
    public static final double DEFAULT_THRESHOLD = 0.82;

    static final double COUNTRY_MATCH_BONUS = 0.04;
    static final double COUNTRY_MISMATCH_PENALTY = 0.06;

    private static final int MAX_WORDS = 48;
    private static final int MAX_POOLED_SCRATCH = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Prefix of the keys of two adjacent words written together. */
    private static final String JOINED = "+";

    private final List<ListedParty> entries;
    private final int[] nameEntry;
    /** -1 for the primary name, else the index of the alternate name. */
    private final int[] nameAlt;
    /** Whether the name is indexed as the Latin name it imitates (see {@link NameAnalyzer#asLookAlike}). */
    private final boolean[] nameLookAlike;
    private final Term[][] nameTerms;
    private final Term[][] nameJoined;
    /** Number of distinctive words of each name. */
    private final byte[] nameStrong;
    private final Map<String, int[]> postings;
    private final Map<String, Term> dictionary;
    private final Map<String, Term> joinedDictionary;
    private final int frequentLimit;
    /** Reusable per-call work areas; a pool rather than thread locals, so virtual threads are fine too. */
    private final ConcurrentLinkedQueue<Scratch> scratchPool = new ConcurrentLinkedQueue<>();

    private ScreeningIndex(Collection<ListedParty> input) {
        this.entries = List.copyOf(input);
        Map<String, Term> dict = new HashMap<>();
        Map<String, Term> joinedDict = new HashMap<>();
        Function<String, Term> intern = norm -> dict.computeIfAbsent(norm, Term::new);
        Function<String, Term> internJoined = norm -> joinedDict.computeIfAbsent(norm, Term::joined);
        Map<String, IntList> lists = new HashMap<>();
        IntList entryOf = new IntList();
        IntList altOf = new IntList();
        List<Boolean> lookAlikeOf = new ArrayList<>();
        List<Term[]> terms = new ArrayList<>();
        List<Term[]> joined = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            ListedParty entry = entries.get(e);
            Set<String> seen = new HashSet<>();
            for (int a = -1; a < entry.altNames().size(); a++) {
                String name = a < 0 ? entry.name() : entry.altNames().get(a);
                List<NameAnalyzer.Analyzed> readings = readings(name, intern);
                for (int r = 0; r < readings.size(); r++) {
                    Term[] t = wordsOf(readings.get(r));
                    if (t.length == 0 || !seen.add(signature(t))) {
                        continue;
                    }
                    Term[] j = NameScorer.joined(t, internJoined);
                    int id = terms.size();
                    terms.add(t);
                    joined.add(j);
                    entryOf.add(e);
                    altOf.add(a);
                    lookAlikeOf.add(r > 0);
                    keys.clear();
                    indexKeys(t, j, keys);
                    for (String key : keys) {
                        IntList list = lists.computeIfAbsent(key, k -> new IntList());
                        if (list.size == 0 || list.data[list.size - 1] != id) {
                            list.add(id);
                        }
                    }
                }
            }
        }
        Map<String, int[]> post = new HashMap<>(lists.size() * 4 / 3 + 1);
        lists.forEach((k, v) -> post.put(k, v.toArray()));
        this.postings = post;
        this.dictionary = dict;
        this.joinedDictionary = joinedDict;
        this.nameEntry = entryOf.toArray();
        this.nameAlt = altOf.toArray();
        this.nameLookAlike = new boolean[lookAlikeOf.size()];
        for (int id = 0; id < nameLookAlike.length; id++) {
            nameLookAlike[id] = lookAlikeOf.get(id);
        }
        this.nameTerms = terms.toArray(new Term[0][]);
        this.nameJoined = joined.toArray(new Term[0][]);
        this.nameStrong = new byte[nameTerms.length];
        for (int id = 0; id < nameTerms.length; id++) {
            int strong = 0;
            for (Term t : nameTerms[id]) {
                strong += t.strong() ? 1 : 0;
            }
            nameStrong[id] = (byte) Math.min(strong, 127);
        }
        this.frequentLimit = Math.max(2000, nameTerms.length / 100);
    }

    public static ScreeningIndex of(Collection<ListedParty> entries) {
        Objects.requireNonNull(entries, "entries");
        return new ScreeningIndex(entries);
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    /** Matches at or above threshold, best first. */
    public List<ScreeningMatch> screen(ScreenedParty party, double threshold) {
        Objects.requireNonNull(party, "party");
        if (nameTerms.length == 0) {
            return List.of();
        }
        List<NameAnalyzer.Analyzed> readings = readings(party.name(), this::term);
        String country = party.country() == null || party.country().isBlank() ? null
                : party.country().trim().toUpperCase(Locale.ROOT);

        double minScore = threshold - (country != null ? COUNTRY_MATCH_BONUS : 0.0) - 0.001;
        Map<Integer, double[]> best = new HashMap<>(); // entry -> {score, name id, reading}
        for (int r = 0; r < readings.size(); r++) {
            Term[] q = wordsOf(readings.get(r));
            if (q.length == 0) {
                continue;
            }
            Term[] qj = NameScorer.joined(q, this::joinedTerm);
            for (int id : candidates(q, qj, minScore)) {
                int e = nameEntry[id];
                double raw = NameScorer.score(q, qj, nameTerms[id], nameJoined[id], false).score();
                double score = round(raw + countryAdjustment(country, entries.get(e)));
                if (score >= threshold) {
                    double[] b = best.get(e);
                    if (b == null || score > b[0] || (score == b[0] && id < b[1])) {
                        best.put(e, new double[] {score, id, r});
                    }
                }
            }
        }
        List<ScreeningMatch> matches = new ArrayList<>(best.size());
        best.forEach((e, b) -> matches.add(explain(readings.get((int) b[2]), country, (int) b[1], b[0])));
        matches.sort(Comparator.comparingDouble(ScreeningMatch::score).reversed()
                .thenComparing(ScreeningMatch::key));
        return List.copyOf(matches);
    }

    /** The name as written and, if it imitates a Latin name without a Latin letter, as it looks. */
    private static List<NameAnalyzer.Analyzed> readings(String name, Function<String, Term> terms) {
        NameAnalyzer.Analyzed written = NameAnalyzer.analyze(name, terms);
        return NameAnalyzer.asLookAlike(name, terms)
                .filter(looks -> !signature(wordsOf(looks)).equals(signature(wordsOf(written))))
                .map(looks -> List.of(written, looks)).orElse(List.of(written));
    }

    /** How many names {@link #screen} would score for this name (for tests and tuning). */
    int candidateCount(String name) {
        Term[] q = wordsOf(NameAnalyzer.analyze(name, this::term));
        return q.length == 0 ? 0 : candidates(q, NameScorer.joined(q, this::joinedTerm), DEFAULT_THRESHOLD).length;
    }

    private Term term(String norm) {
        Term t = dictionary.get(norm);
        return t != null ? t : new Term(norm);
    }

    private Term joinedTerm(String norm) {
        Term t = joinedDictionary.get(norm);
        return t != null ? t : Term.joined(norm);
    }

    private ScreeningMatch explain(NameAnalyzer.Analyzed screened, String country, int id, double score) {
        Term[] q = wordsOf(screened);
        Term[] qj = NameScorer.joined(q, this::joinedTerm);
        ListedParty entry = entries.get(nameEntry[id]);
        int alt = nameAlt[id];
        String name = alt < 0 ? entry.name() : entry.altNames().get(alt);
        NameAnalyzer.Analyzed listed = nameLookAlike[id] ? NameAnalyzer.asLookAlike(name, this::term).orElseThrow()
                : NameAnalyzer.analyze(name, this::term);
        if (listed.words().size() > MAX_WORDS) {
            listed = new NameAnalyzer.Analyzed(listed.text(), listed.words().subList(0, MAX_WORDS),
                    listed.legalForms(), listed.cyrillic(), listed.greek(), listed.diacritic(), listed.lookAlike());
        }
        if (screened.words().size() > MAX_WORDS) {
            screened = new NameAnalyzer.Analyzed(screened.text(), screened.words().subList(0, MAX_WORDS),
                    screened.legalForms(), screened.cyrillic(), screened.greek(), screened.diacritic(),
                    screened.lookAlike());
        }
        NameScorer.Result r = NameScorer.score(q, qj, nameTerms[id], nameJoined[id], true);
        List<String> reasons = Explanation.reasons(screened, listed, name, alt < 0, r,
                countryReason(country, entry));
        return new ScreeningMatch(entry.key(), score, name, reasons);
    }

    private static double countryAdjustment(String country, ListedParty entry) {
        if (country == null || entry.countries().isEmpty()) {
            return 0.0;
        }
        return entry.countries().contains(country) ? COUNTRY_MATCH_BONUS : -COUNTRY_MISMATCH_PENALTY;
    }

    private static String countryReason(String country, ListedParty entry) {
        if (country == null || entry.countries().isEmpty()) {
            return null;
        }
        if (entry.countries().contains(country)) {
            return "address country " + country + " matches the entry's "
                    + (entry.countries().size() == 1 ? "country" : "countries");
        }
        return "address country " + country + " differs from the entry's countries "
                + String.join(", ", entry.countries().stream().sorted().toList());
    }

    private static double round(double score) {
        return Math.max(0.0, Math.min(1.0, Math.round(score * 1000.0) / 1000.0));
    }

    private static Term[] wordsOf(NameAnalyzer.Analyzed analyzed) {
        Term[] t = analyzed.terms();
        return t.length > MAX_WORDS ? Arrays.copyOf(t, MAX_WORDS) : t;
    }

    private static String signature(Term[] terms) {
        StringBuilder b = new StringBuilder();
        for (Term t : terms) {
            b.append(t.norm).append(' ');
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // candidate generation

    /** The words used as keys: the distinctive ones, or if there are none all but stop words, or else all. */
    private static boolean[] keyWords(Term[] terms) {
        boolean[] use = new boolean[terms.length];
        boolean any = false;
        for (int i = 0; i < terms.length; i++) {
            use[i] = terms[i].strong();
            any |= use[i];
        }
        if (!any) {
            for (int i = 0; i < terms.length; i++) {
                use[i] = terms[i].weight > Vocabulary.STOPWORD;
                any |= use[i];
            }
        }
        if (!any) {
            Arrays.fill(use, true);
        }
        return use;
    }

    private static void indexKeys(Term[] t, Term[] joined, List<String> out) {
        boolean[] use = keyWords(t);
        for (int i = 0; i < t.length; i++) {
            if (use[i]) {
                out.addAll(Arrays.asList(t[i].keys));
            }
        }
        for (int i = 0; i < joined.length; i++) {
            if (use[i] || use[i + 1]) {
                out.add(JOINED + joined[i].key);
            }
        }
    }

    /**
     * Names sharing a key with the screened name. Each distinctive word of the screened name (and each pair of
     * adjacent words written together) is a probe with one or more keys; at most 64 probes are used. A probe whose
     * keys reach at most {@link #frequentLimit} names is rare. A name is a candidate when a rare probe reaches it, or
     * probes for two words do, or the screened name has only one distinctive word; and when, besides, the score it
     * could at best reach is at least {@code minScore}. That best case assumes that every word whose probe reached
     * the name, and every word that is no probe, pairs perfectly; it counts the other probe words as unpaired, and as
     * many distinctive words of the listed name as the probes that reached it could not have paired with. (So a
     * distinctive word is assumed to pair only with words sharing one of its keys: a typo that changes the consonant
     * skeleton of a word with fewer than four consonants is found only through the other words of the name.)
     */
    private int[] candidates(Term[] q, Term[] qj, double minScore) {
        Scratch s = scratchPool.poll();
        if (s == null) {
            s = new Scratch(nameTerms.length);
        }
        try {
            return candidates(q, qj, s, minScore);
        } finally {
            if (scratchPool.size() < MAX_POOLED_SCRATCH) {
                scratchPool.offer(s);
            }
        }
    }

    private int[] candidates(Term[] q, Term[] qj, Scratch s, double minScore) {
        boolean[] use = keyWords(q);
        int n = Math.min(q.length, 64);
        // a probe: its keys, the screened words it stands for, and how many listed words it can pair with
        List<List<String>> probes = new ArrayList<>();
        List<Long> covers = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        Set<List<String>> seenProbes = new HashSet<>();
        long probeTerms = 0;
        for (int i = 0; i < n; i++) {
            if (use[i]) {
                probeTerms |= 1L << i;
                addProbe(probes, covers, spans, seenProbes, keysOf(q[i]), 1L << i, 1);
            }
        }
        for (int i = 0; i < n; i++) { // a word of the screened name written as two words in the listed name
            if (use[i]) {
                addProbe(probes, covers, spans, seenProbes, List.of(JOINED + q[i].key), 1L << i, 2);
            }
        }
        for (int i = 0; i + 1 < n; i++) { // two words of the screened name written as one in the listed name
            if (use[i] || use[i + 1]) {
                addProbe(probes, covers, spans, seenProbes, List.of(qj[i].key), 3L << i, 1);
            }
        }
        int probeCount = Math.min(probes.size(), 64);
        double otherWeight = 0;
        for (int i = 0; i < q.length; i++) {
            if (i >= 64 || (probeTerms & 1L << i) == 0) {
                otherWeight += q[i].weight;
            }
        }
        s.start();
        boolean single = Long.bitCount(probeTerms) <= 1;
        for (int p = 0; p < probeCount; p++) {
            List<int[]> lists = new ArrayList<>();
            long reach = 0;
            for (String key : probes.get(p)) {
                int[] list = postings.get(key);
                if (list != null) {
                    lists.add(list);
                    reach += list.length;
                }
            }
            boolean rare = single || reach <= frequentLimit;
            for (int[] list : lists) {
                for (int id : list) {
                    s.hit(id, p, rare);
                }
            }
        }
        long[] cover = new long[probeCount];
        int[] span = new int[probeCount];
        for (int p = 0; p < probeCount; p++) {
            cover[p] = covers.get(p);
            span[p] = spans.get(p);
        }
        IntList out = new IntList();
        for (int k = 0; k < s.touched.size; k++) {
            int id = s.touched.data[k];
            long mask = s.mask[id];
            long covered = 0;
            int listedReach = 0;
            for (long m = mask; m != 0; m &= m - 1) {
                int p = Long.numberOfTrailingZeros(m);
                covered |= cover[p];
                listedReach += span[p];
            }
            if (!s.rare[id] && Long.bitCount(covered) < 2) {
                continue;
            }
            double paired = otherWeight;
            double unpaired = 0;
            for (long t = probeTerms; t != 0; t &= t - 1) {
                int i = Long.numberOfTrailingZeros(t);
                if ((covered & 1L << i) != 0) {
                    paired += q[i].weight;
                } else {
                    unpaired += q[i].weight * q[i].weight;
                }
            }
            int listedUnpaired = Math.max(0, nameStrong[id] - listedReach);
            double best = paired / (paired + NameScorer.UNPAIRED_SCREENED * unpaired
                    + NameScorer.UNPAIRED_LISTED * listedUnpaired * Vocabulary.STRONG * Vocabulary.STRONG);
            if (best >= minScore) {
                out.add(id);
            }
        }
        return out.toArray();
    }

    private static void addProbe(List<List<String>> probes, List<Long> covers, List<Integer> spans,
            Set<List<String>> seen, List<String> keys, long cover, int span) {
        if (seen.add(keys)) {
            probes.add(keys);
            covers.add(cover);
            spans.add(span);
        } else {
            int p = probes.indexOf(keys);
            if (spans.get(p) == span) { // the same word twice: the probe stands for both
                covers.set(p, covers.get(p) | cover);
            }
        }
    }

    private static List<String> keysOf(Term t) {
        return List.of(t.keys);
    }

    /** Marks over all names for one call at a time, reset cheaply by a generation number. */
    private static final class Scratch {
        private final int[] generation;
        private final long[] mask;
        private final boolean[] rare;
        private final IntList touched = new IntList();
        private int current;

        Scratch(int names) {
            generation = new int[names];
            mask = new long[names];
            rare = new boolean[names];
        }

        void start() {
            current++;
            if (current == Integer.MAX_VALUE) {
                Arrays.fill(generation, 0);
                current = 1;
            }
            touched.size = 0;
        }

        void hit(int id, int probe, boolean rareProbe) {
            if (generation[id] != current) {
                generation[id] = current;
                mask[id] = 1L << probe;
                rare[id] = rareProbe;
                touched.add(id);
                return;
            }
            mask[id] |= 1L << probe;
            rare[id] |= rareProbe;
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] data = new int[4];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
