package gov.clearance.screening.matching;

/** A normalised word with the keys the matcher compares it by. Immutable; shared between names. */
final class Term {

    /** Normalised spelling: lower case, transliterated to Latin, diacritics removed. */
    final String norm;
    /** Spelling after expanding abbreviations and plurals ("Technologies" and "Tech" become "technology"). */
    final String canonical;
    /** Phonetic fold of the canonical spelling, equal for transliteration variants. */
    final String fold;
    /** The fold with vowel runs reduced to one vowel. */
    final String shape;
    /** Consonant skeleton used as candidate key. */
    final String key;
    /** The skeleton and, for skeletons of 4 to 14 letters, the skeleton with one letter (not the first) deleted. */
    final String[] keys;
    /** How informative the word is, see {@link Vocabulary}. */
    final double weight;
    final int consonants;
    /** One bit per letter occurring in the fold (a-z; other characters share bits by hash), for quick rejection. */
    final int letters;

    Term(String norm) {
        this(norm, true);
    }

    /** A term for two adjacent words written together; its weight is not looked up (the words' weights count). */
    static Term joined(String norm) {
        return new Term(norm, false);
    }

    private Term(String norm, boolean word) {
        this.norm = norm;
        this.canonical = Vocabulary.canonical(norm);
        this.fold = PhoneticFold.fold(canonical);
        this.shape = PhoneticFold.shape(fold);
        this.key = PhoneticFold.key(fold);
        this.keys = deleteKeys(key);
        this.weight = word ? Vocabulary.weight(norm, canonical) : Vocabulary.DISTINCTIVE;
        this.consonants = PhoneticFold.consonants(fold);
        int mask = 0;
        for (int i = 0; i < fold.length(); i++) {
            char c = fold.charAt(i);
            mask |= 1 << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 6);
        }
        this.letters = mask;
    }

    private static String[] deleteKeys(String key) {
        if (key.length() < 4 || key.length() > 14) {
            return new String[] {key};
        }
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(key);
        for (int i = 1; i < key.length(); i++) {
            keys.add(key.substring(0, i) + key.substring(i + 1));
        }
        return keys.toArray(new String[0]);
    }

    boolean strong() {
        return weight >= Vocabulary.STRONG;
    }

    @Override
    public String toString() {
        return norm;
    }
}
