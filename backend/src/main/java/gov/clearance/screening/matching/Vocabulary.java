package gov.clearance.screening.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows about words: abbreviations and plural forms that mean the same, how informative a word is
 * (its weight), and the legal forms of companies that are ignored at the start or end of a name.
 */
final class Vocabulary {

    /** Weight of an ordinary, distinctive word. */
    static final double DISTINCTIVE = 1.0;
    /** Weight of words like "Abu" or "Umm" that are part of names but very common. */
    static final double COMMON_NAME_PART = 0.6;
    /** Weight of a single letter (an initial) or a number. */
    static final double INITIAL = 0.5;
    /** Weight of country, nationality and big-city names. */
    static final double PLACE = 0.4;
    /** Weight of Arabic name particles (al, bin, bint). */
    static final double PARTICLE = 0.3;
    /** Weight of generic business words (Technologies, Trading, International, Group, ...). */
    static final double GENERIC = 0.2;
    /** Weight of articles, prepositions and conjunctions. */
    static final double STOPWORD = 0.1;
    /** Words at or above this weight are distinctive: they alone can make a hit and they are indexed. */
    static final double STRONG = 0.8;

    private static final Map<String, String> CANONICAL = new HashMap<>();

    private static void same(String canonical, String... variants) {
        for (String v : variants) {
            CANONICAL.put(v, canonical);
        }
    }

    static {
        // Arabic name particles and their romanisations
        same("al", "el", "ul");
        same("bin", "ibn", "ben");
        same("abdul", "abdel", "abdal", "abdol", "abdoul", "abdil", "abdoel");
        same("mohammed", "mohd", "muhd");
        // abbreviations and plurals of business words
        same("technology", "technologies", "tech", "techs", "technological", "technique", "techniques");
        same("industry", "industries", "industrial", "inds");
        same("holding", "holdings", "hldg", "hldgs");
        same("service", "services", "svcs");
        same("system", "systems");
        same("product", "products");
        same("investment", "investments");
        same("enterprise", "enterprises");
        same("solution", "solutions");
        same("electronic", "electronics");
        same("communication", "communications");
        same("chemical", "chemicals");
        same("metal", "metals");
        same("material", "materials");
        same("resource", "resources");
        same("network", "networks");
        same("device", "devices");
        same("instrument", "instruments");
        same("component", "components");
        same("supply", "supplies");
        same("export", "exports");
        same("import", "imports");
        same("line", "lines");
        same("air", "airlines", "airline", "airways");
        same("international", "intl", "internacional", "internationale");
        same("institute", "inst", "institut", "instituto");
        same("university", "univ");
        same("manufacturing", "mfg");
        same("corporation", "corp");
        same("company", "co", "compagnie", "compania", "companhia");
        same("limited", "ltd");
        same("incorporated", "inc");
        same("department", "dept");
        same("national", "natl");
        same("trading", "trade", "traders", "trdg");
        same("engineering", "engg");
        same("management", "mgmt");
        same("group", "grp", "groupe", "gruppe", "grupo");
        same("private", "pvt");
        same("laboratory", "laboratories", "labs", "lab");
        same("center", "centre", "centr", "tsentr");
        same("organization", "organisation");
        same("brothers", "bros");
        same("saint", "st", "sankt");
        same("association", "assn");
    }

    private static final Set<String> STOPWORDS = canonicals("the", "of", "and", "for", "de", "del", "della", "di", "da",
            "do", "dos", "das", "du", "des", "la", "le", "les", "van", "von", "der", "den", "y", "e", "et", "und", "in",
            "at", "on", "to", "a", "an", "with", "by", "im", "na", "po", "pri");

    private static final Set<String> PARTICLES = canonicals("al", "bin", "bint", "ould");

    private static final Set<String> COMMON_NAME_PARTS = canonicals("abu", "umm", "abd");

    private static final Set<String> GENERIC_WORDS = canonicals("group", "holding", "international", "technology",
            "trading", "industry", "enterprise", "service", "system", "solution", "global", "general", "import",
            "export", "engineering", "manufacturing", "electronic", "electric", "electrical", "logistics", "shipping",
            "investment", "development", "construction", "research", "institute", "university", "bank", "commercial",
            "national", "science", "scientific", "sciences", "equipment", "product", "machinery", "aviation", "air",
            "oil", "gas", "energy", "petroleum", "petrochemical", "chemical", "metal", "steel", "material", "resource",
            "mining", "company", "corporation", "limited", "incorporated", "office", "branch", "center", "agency",
            "foundation", "association", "organization", "committee", "ministry", "department", "bureau", "factory",
            "plant", "works", "partners", "associates", "consulting", "management", "capital", "finance", "financial",
            "insurance", "transport", "transportation", "marine", "maritime", "navigation", "line", "network",
            "communication", "telecom", "telecommunication", "telecommunications", "software", "computer", "digital",
            "data", "information", "media", "design", "device", "instrument", "component", "parts", "supply", "sales",
            "marketing", "distribution", "market", "store", "new", "first", "united", "world", "overseas", "foreign",
            "state", "federal", "republic", "people", "peoples", "private", "public", "joint", "stock", "open",
            "closed", "unitary", "trust", "fund", "academy", "laboratory", "power", "precision", "advanced",
            "innovation", "smart", "automation", "optical", "optics", "semiconductor", "microelectronics",
            "integrated", "circuit", "circuits", "aerospace", "defense", "defence", "military", "space", "radio",
            "shipbuilding", "heavy", "machine", "tools", "tool", "commodities", "commodity", "ventures", "venture",
            "cooperative", "brothers", "sons", "concern", "firm", "firma", "plc", "llc", "gmbh", "jsc", "ojsc",
            "cjsc", "pjsc", "ooo", "oao", "zao", "pao", "fze", "fzco", "fzc", "llp", "srl", "spa", "sarl", "ltda",
            "bhd", "holdings", "import", "export", "worldwide", "business", "projects", "project", "union", "alliance",
            "production", "scientific", "manufacture", "factory", "plant", "industrial", "tech", "import", "exchange",
            "petro", "auto", "electro", "micro", "nano", "info", "net", "soft", "tel");

    private static final Set<String> PLACES = canonicals("iran", "iranian", "islamic", "china", "chinese", "russia",
            "russian", "rossiya", "rossiyskaya", "korea", "korean", "dprk", "north", "south", "east", "west", "syria",
            "syrian", "iraq", "iraqi", "cuba", "cuban", "belarus", "belarusian", "venezuela", "myanmar", "burma",
            "hong", "kong", "macau", "shenzhen", "beijing", "shanghai", "guangzhou", "hangzhou", "wuhan", "chengdu",
            "tianjin", "xian", "nanjing", "harbin", "dalian", "xiamen", "shenyang",
            "moscow", "moskva", "teheran", "peking", "pekin", "petersburg",
            "saint", "tehran", "dubai", "sharjah", "emirates", "uae", "arab", "arabian", "persian", "gulf",
            "pakistan", "afghanistan", "lebanon", "lebanese", "yemen", "libya", "sudan", "asia", "asian", "pacific",
            "europe", "european", "america", "american", "africa", "african", "middle", "eurasia", "eurasian",
            "turkey", "istanbul", "minsk", "kazakhstan", "uzbekistan", "armenia", "kyrgyzstan", "india", "indian",
            "singapore", "malaysia", "thailand", "vietnam", "chongqing", "changsha", "suzhou", "hefei", "qingdao",
            "jinan", "zhengzhou", "kunming", "fuzhou", "ningbo", "dongguan", "foshan", "zhuhai", "wuxi", "changzhou",
            "shijiazhuang", "taiyuan", "nanchang", "guiyang", "lanzhou", "urumqi", "nanning", "haikou", "mianyang",
            "novosibirsk", "yekaterinburg", "ekaterinburg", "kazan", "samara", "perm", "izhevsk", "tula", "nizhny",
            "novgorod", "rostov", "chelyabinsk", "omsk", "krasnoyarsk", "voronezh", "volgograd", "ufa", "saratov",
            "tomsk", "kaliningrad", "vladivostok", "sevastopol", "crimea", "donetsk", "luhansk", "isfahan",
            "esfahan", "shiraz", "tabriz", "mashhad", "karaj", "qom", "ahvaz", "kerman",
            "damascus", "aleppo", "baghdad", "basra", "beirut", "pyongyang", "caracas", "almaty", "yerevan",
            "bishkek", "tashkent", "baku", "tbilisi", "kyiv", "kiev", "hongkong", "taiwan", "japan", "germany",
            "england", "london", "ukraine", "azerbaijan", "tajikistan", "turkmenistan", "mongolia",
            "indonesia", "philippines", "nigeria", "egypt", "oman", "qatar", "kuwait", "bahrain",
            "saudi", "libyan", "sudanese", "yemeni", "korean", "pyongyang", "guangdong", "jiangsu", "zhejiang",
            "sichuan", "hubei", "hunan", "shandong", "henan", "fujian", "anhui", "liaoning", "shaanxi",
            "siberia", "siberian", "ural", "urals", "volga", "far", "baltic");

    /**
     * Misspellings (one edit) of the longer generic words and place names: every word and every word with one letter
     * deleted, mapped to the words it may come from.
     */
    private static final Map<String, List<String>> NEAR_MISSES = new HashMap<>();

    static {
        java.util.SortedSet<String> words = new java.util.TreeSet<>();
        for (Map.Entry<String, String> e : CANONICAL.entrySet()) {
            if (GENERIC_WORDS.contains(e.getValue()) && e.getKey().length() >= 6) {
                words.add(e.getKey());
            }
        }
        for (String w : GENERIC_WORDS) {
            if (w.length() >= 6) {
                words.add(w);
            }
        }
        for (String w : PLACES) {
            if (w.length() >= 7) {
                words.add(w);
            }
        }
        for (String word : words) {
            NEAR_MISSES.computeIfAbsent(word, k -> new ArrayList<>()).add(word);
            for (int i = 0; i < word.length(); i++) {
                NEAR_MISSES.computeIfAbsent(word.substring(0, i) + word.substring(i + 1), k -> new ArrayList<>())
                        .add(word);
            }
        }
    }

    /** The canonical generic word or place name that a word misspells by one edit, or null. */
    private static String nearMiss(String word) {
        if (word.length() < 6 || !PhoneticFold.isPlainAscii(word)) {
            return null;
        }
        String found = nearMiss(word, NEAR_MISSES.get(word));
        for (int i = 0; found == null && i < word.length(); i++) {
            found = nearMiss(word, NEAR_MISSES.get(word.substring(0, i) + word.substring(i + 1)));
        }
        return found;
    }

    private static String nearMiss(String word, List<String> sources) {
        if (sources != null) {
            for (String source : sources) {
                if (Similarity.editDistance(word, source) <= 1) {
                    return canonical(source);
                }
            }
        }
        return null;
    }

    /** A legal form: its words, as folds, and whether it may appear at the start and/or the end of a name. */
    record LegalForm(List<String> folds, boolean leading, boolean trailing) {
    }

    private static final List<LegalForm> LEGAL_FORMS = new ArrayList<>();

    private static void forms(boolean leading, boolean trailing, String... forms) {
        for (String form : forms) {
            List<String> f = Arrays.stream(form.split(" ")).map(Vocabulary::foldOf).toList();
            LEGAL_FORMS.add(new LegalForm(f, leading, trailing));
        }
    }

    static {
        // forms written before the name (Russian and CIS usage, Indonesian PT) ...
        forms(true, false, "ao", "pt", "tov", "too", "fgup", "fsue", "gup", "mup", "fgbu", "fgu", "oaoot", "aoot");
        // ... or on either side
        forms(true, true, "ooo", "oao", "pao", "zao", "jsc", "ojsc", "cjsc", "pjsc", "joint stock company",
                "open joint stock company", "closed joint stock company", "public joint stock company",
                "private joint stock company", "non public joint stock company", "joint stock commercial bank",
                "limited liability company", "federal state unitary enterprise", "state unitary enterprise",
                "federal state budgetary institution", "federal state institution",
                "federal state budgetary educational institution of higher education",
                "obshchestvo s ogranichennoy otvetstvennostyu", "aktsionernoe obshchestvo",
                "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo",
                "publichnoe aktsionernoe obshchestvo", "nepublichnoe aktsionernoe obshchestvo",
                "federalnoe gosudarstvennoe unitarnoe predpriyatie", "tovarystvo z obmezhenoyu vidpovidalnistyu");
        // ... and company suffixes
        forms(false, true, "company", "corporation", "incorporated", "limited", "llc", "l l c", "plc", "llp", "lp",
                "gmbh", "gmbh and co kg", "gmbh co kg", "co kg", "kg", "ag", "sa", "sas", "sarl", "srl", "spa", "sl",
                "bv", "nv", "ohg", "kft", "sro", "spol s r o", "sp z o o", "spzoo", "ab", "as", "asa", "oy", "oyj",
                "aps", "pte", "pvt", "pte ltd", "pvt ltd", "private limited", "co ltd", "company limited",
                "sdn bhd", "bhd", "fze", "fzco", "fzc", "fz llc", "fzllc", "fz co", "dmcc", "ltda", "sa de cv",
                "de cv", "sac", "saic", "and co", "and company", "limited liability partnership", "limited liability",
                "limited partnership", "public limited company", "private limited company", "kabushiki kaisha", "kk",
                "ead", "eood", "ood", "doo", "dooel", "sal", "wll", "psc", "pjsc", "co llc", "company llc",
                "corp ltd", "group co ltd", "group company limited", "holding co ltd");
        LEGAL_FORMS.sort(Comparator.comparingInt((LegalForm f) -> f.folds().size()).reversed());
    }

    private Vocabulary() {
    }

    private static Set<String> canonicals(String... words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(canonical(w));
        }
        return Set.copyOf(s);
    }

    /** The canonical spelling of a normalised word (abbreviations and plurals expanded). */
    static String canonical(String norm) {
        return CANONICAL.getOrDefault(norm, norm);
    }

    /** Whether a canonical spelling stands for romanisations of an Arabic name part rather than a word form. */
    static boolean isNamePart(String canonical) {
        return canonical.equals("al") || canonical.equals("bin") || canonical.equals("abdul")
                || canonical.equals("mohammed");
    }

    static String foldOf(String norm) {
        return PhoneticFold.fold(canonical(norm));
    }

    static double weight(String norm, String canonical) {
        if (STOPWORDS.contains(canonical)) {
            return STOPWORD;
        }
        if (PARTICLES.contains(canonical)) {
            return PARTICLE;
        }
        if (GENERIC_WORDS.contains(canonical)) {
            return GENERIC;
        }
        if (PLACES.contains(canonical)) {
            return PLACE;
        }
        if (COMMON_NAME_PARTS.contains(canonical)) {
            return COMMON_NAME_PART;
        }
        String misspelled = nearMiss(canonical);
        if (misspelled != null) {
            return GENERIC_WORDS.contains(misspelled) ? GENERIC : PLACE;
        }
        if (norm.codePointCount(0, norm.length()) == 1 || isDigits(norm)) {
            return INITIAL;
        }
        return DISTINCTIVE;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Map<String, List<LegalForm>> BY_FIRST_WORD = new HashMap<>();
    private static final Map<String, List<LegalForm>> BY_LAST_WORD = new HashMap<>();

    static {
        for (LegalForm f : LEGAL_FORMS) { // longest first, as LEGAL_FORMS
            if (f.leading()) {
                BY_FIRST_WORD.computeIfAbsent(f.folds().get(0), k -> new ArrayList<>()).add(f);
            }
            if (f.trailing()) {
                BY_LAST_WORD.computeIfAbsent(f.folds().get(f.folds().size() - 1), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** Legal forms that may start a name and start with this fold, longest first. */
    static List<LegalForm> leadingForms(String firstFold) {
        return BY_FIRST_WORD.getOrDefault(firstFold, List.of());
    }

    /** Legal forms that may end a name and end with this fold, longest first. */
    static List<LegalForm> trailingForms(String lastFold) {
        return BY_LAST_WORD.getOrDefault(lastFold, List.of());
    }
}
