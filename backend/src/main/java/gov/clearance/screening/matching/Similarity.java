package gov.clearance.screening.matching;

/** String similarity measures on short words. */
final class Similarity {

    private Similarity() {
    }

    /** The longest word compared: longer ones are compared by their first 64 letters (no name has such words). */
    static final int LONGEST_WORD = 64;

    /** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4 characters). */
    static double jaroWinkler(String first, String second) {
        String a = first.length() > LONGEST_WORD ? first.substring(0, LONGEST_WORD) : first;
        String b = second.length() > LONGEST_WORD ? second.substring(0, LONGEST_WORD) : second;
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedA |= 1L << i;
                    matchedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((matchedA & (1L << i)) != 0) {
                while ((matchedB & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        return winkler(a, b, matches, transpositions);
    }

    private static double winkler(String a, String b, int matches, int transpositions) {
        int la = a.length();
        int lb = b.length();
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int maxPrefix = Math.min(4, Math.min(la, lb));
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and transpositions of adjacent letters (optimal
     * string alignment distance), so a typing error like "Mansuor" for "Mansour" is one edit.
     */
    static int editDistance(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0) {
            return lb;
        }
        if (lb == 0) {
            return la;
        }
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char d = b.charAt(j - 1);
                int cost = c == d ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && c == b.charAt(j - 2) && a.charAt(i - 2) == d) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }

    /** 1 - edit distance / length of the longer word. */
    static double editSimilarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) editDistance(a, b) / max;
    }
}
