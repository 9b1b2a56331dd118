package gov.clearance.screening.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark of {@link ScreeningIndex}: builds 100,000 synthetic but realistic list entries (companies with city,
 * brand, industry and legal form; persons with Russian, Arabic/Persian, Chinese, Korean and Western names; alternate
 * names with other spellings, Cyrillic forms and short names; address countries), then screens 1,000 parties, half
 * of them altered versions of listed names (other spelling, typo, word order, legal form, Cyrillic) and half new
 * names built from the same pools. Everything is generated from fixed seeds, so runs are comparable.
 *
 * <p>Run it with {@code ./mvnw -pl performance -am -DskipTests -Pbenchmark verify
 * -Dbenchmark.main=gov.clearance.screening.matching.MatcherBenchmark} (100,000 entries, 1,000 parties), or with the
 * performance module's test class path and {@code [entries] [queries]} as arguments. It stops by itself.
 */
public final class MatcherBenchmark {

    private static final String[] RU_FIRST = {"Aleksandr", "Sergei", "Dmitry", "Andrei", "Alexei", "Vladimir",
            "Nikolai", "Mikhail", "Ivan", "Yuri", "Igor", "Oleg", "Viktor", "Pavel", "Evgeny", "Konstantin", "Boris",
            "Anatoly", "Vasily", "Gennady", "Roman", "Denis", "Maxim", "Artem", "Kirill", "Stanislav", "Vadim",
            "Arkady", "Leonid", "Grigory", "Fyodor", "Pyotr", "Semyon", "Timur", "Ruslan", "Vyacheslav", "Valery",
            "Yaroslav", "Ilya", "Anton", "Elena", "Olga", "Natalia", "Tatiana", "Irina", "Svetlana", "Anna",
            "Maria", "Yulia", "Ekaterina", "Lyudmila", "Galina", "Marina", "Oksana", "Nadezhda"};
    private static final String[] RU_LAST = {"Ivanov", "Petrov", "Sidorov", "Smirnov", "Kuznetsov", "Popov",
            "Vasiliev", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseev", "Lebedev",
            "Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev", "Orlov", "Andreev", "Makarov",
            "Nikitin", "Zakharov", "Zaitsev", "Soloviev", "Borisov", "Yakovlev", "Grigoriev", "Romanov", "Vorobiev",
            "Sergeev", "Kuzmin", "Frolov", "Alexandrov", "Dmitriev", "Korolev", "Gusev", "Kiselev", "Ilyin",
            "Maksimov", "Polyakov", "Sorokin", "Vinogradov", "Kovalev", "Belov", "Medvedev", "Antonov", "Tarasov",
            "Zhukov", "Baranov", "Filippov", "Komarov", "Davydov", "Belyaev", "Gerasimov", "Bogdanov", "Osipov",
            "Matveev", "Titov", "Markov", "Mironov", "Krylov", "Kulikov", "Karpov", "Vlasov", "Melnikov", "Denisov",
            "Gavrilov", "Tikhonov", "Kazakov", "Afanasiev", "Danilov", "Timofeev", "Fomin", "Chernov", "Abramov",
            "Martynov", "Efimov", "Fedotov", "Shcherbakov", "Nazarov", "Kalinin", "Isaev", "Chernyshev", "Bykov",
            "Maslov", "Rodionov", "Konovalov", "Lazarev", "Voronin", "Klimov", "Filatov", "Ponomarev", "Golubev",
            "Kudryavtsev", "Prokhorov", "Naumov", "Potapov", "Zhuravlev", "Ovchinnikov", "Trofimov", "Leonov",
            "Sobolev", "Ermakov", "Kolesnikov", "Goncharov", "Emelyanov", "Nikiforov", "Grachev", "Kotov",
            "Grishin", "Efremov", "Arkhipov", "Gromov", "Kirillov", "Malyshev", "Panov", "Moiseev", "Rumyantsev",
            "Akimov", "Kondratiev", "Biryukov", "Gorbunov", "Anisimov", "Eremin", "Tikhomirov", "Galkin",
            "Lukyanov", "Mikheev", "Skvortsov", "Yudin", "Belousov", "Nesterov", "Simonov", "Prokofiev",
            "Kharitonov", "Knyazev", "Tsvetkov", "Mitrofanov", "Voronov", "Aksenov", "Maltsev", "Loginov",
            "Gorshkov", "Savin", "Krasnov", "Mayorov", "Demidov", "Eliseev", "Rybakov", "Safonov", "Plotnikov",
            "Khokhlov", "Fadeev", "Molchanov", "Ignatov", "Litvinov", "Ershov", "Ushakov", "Ryabov", "Mukhin",
            "Kalashnikov", "Leontiev", "Lobanov", "Korneev", "Evdokimov", "Borodin", "Platonov", "Nekrasov",
            "Balashov", "Bobrov", "Zhdanov", "Blinov", "Korotkov", "Muravyov", "Kryukov", "Bogomolov", "Drozdov",
            "Lavrov", "Zuev", "Petukhov", "Nikulin", "Serov", "Terentiev", "Zotov", "Ustinov", "Fokin", "Samoilov"};
    private static final String[] AR_FIRST = {"Mohammad", "Ahmad", "Ali", "Hassan", "Hussein", "Mahmoud", "Omar",
            "Khalid", "Abdullah", "Ibrahim", "Yusuf", "Mustafa", "Hamid", "Reza", "Mehdi", "Javad", "Hossein",
            "Karim", "Said", "Tariq", "Nasser", "Jamal", "Faisal", "Walid", "Samir", "Bilal", "Adnan", "Ziad",
            "Rami", "Majid", "Farhad", "Saeed", "Abbas", "Jafar", "Qasem", "Amir", "Ismail", "Suleiman", "Anwar",
            "Hamza", "Osama", "Salim", "Rashid", "Kamal", "Abdul Rahman", "Abdel Aziz", "Fatima", "Maryam", "Zainab"};
    private static final String[] AR_LAST = {"Al-Hashimi", "Haddad", "Khalil", "Mansour", "Saleh", "Othman",
            "Hamdan", "Qureshi", "Rahimi", "Karimi", "Hosseini", "Mousavi", "Jafari", "Ahmadi", "Rezaei",
            "Mohammadi", "Sadeghi", "Moradi", "Heidari", "Rostami", "Kazemi", "Ebrahimi", "Hosseinzadeh",
            "Al-Masri", "Al-Tikriti", "Darwish", "Barakat", "Aziz", "Hariri", "Jaber", "Zaidan", "Shaheen", "Awad",
            "Farouk", "Sharif", "Habib", "Najjar", "Tahir", "Al-Rawi", "Al-Obeidi", "Al-Dulaimi", "Al-Zubaidi",
            "Khamenei", "Soleimani", "Salehi", "Shamkhani", "Bagheri", "Naqdi", "Vahidi", "Zarif", "Abdollahian",
            "Al-Khatib", "Makhlouf", "Assad", "Shalish", "Mamluk", "Nasrallah", "Fadlallah", "Qassem", "Safa"};
    private static final String[] CN_LAST = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
            "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie",
            "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan",
            "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao"};
    private static final String[] CN_SYLLABLE = {"wei", "fang", "min", "jing", "qiang", "lei", "jun", "yong",
            "yan", "jie", "tao", "ming", "chao", "xiu", "ying", "hui", "gang", "ping", "hong", "hua", "bin", "xin",
            "hao", "kai", "long", "peng", "bo", "feng", "zhi", "jian", "guo", "xiao", "hai", "qing", "zhong",
            "dong", "lan", "mei", "yu", "tian"};
    private static final String[] KP_LAST = {"Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Han",
            "O", "So", "Hwang", "Ryu", "Paek"};
    private static final String[] KP_SYLLABLE = {"Jong", "Song", "Chol", "Myong", "Hyok", "Il", "Un", "Su", "Yong",
            "Chun", "Nam", "Kwang", "Hyon", "Sok", "Ho", "Gil", "Thae", "Ryong", "Hui", "Dok"};
    private static final String[] WEST_FIRST = {"John", "Michael", "David", "James", "Robert", "William", "Thomas",
            "Peter", "Hans", "Klaus", "Jean", "Pierre", "Marco", "Luca", "Carlos", "Juan", "Jose", "Miguel",
            "Andreas", "Stefan", "George", "Nikos", "Dimitrios", "Mehmet", "Ahmet", "Mustafa"};
    private static final String[] WEST_LAST = {"Smith", "Johnson", "Mueller", "Schmidt", "Schneider", "Fischer",
            "Weber", "Rossi", "Russo", "Bianchi", "Dubois", "Martin", "Bernard", "Garcia", "Rodriguez", "Lopez",
            "Papadopoulos", "Georgiou", "Yilmaz", "Kaya", "Demir", "Celik", "Brown", "Taylor", "Wilson", "Evans"};

    private static final String[] CN_CITY = {"Shenzhen", "Beijing", "Shanghai", "Guangzhou", "Hangzhou", "Wuhan",
            "Chengdu", "Tianjin", "Xi'an", "Nanjing", "Dalian", "Harbin", "Changsha", "Suzhou", "Hefei"};
    private static final String[] RU_CITY = {"Moscow", "Saint Petersburg", "Novosibirsk", "Yekaterinburg", "Kazan",
            "Tula", "Nizhny Novgorod", "Samara", "Perm", "Izhevsk"};
    private static final String[] IR_CITY = {"Tehran", "Isfahan", "Shiraz", "Tabriz", "Mashhad", "Karaj"};
    private static final String[] OTHER_CITY = {"Dubai", "Sharjah", "Istanbul", "Minsk", "Pyongyang", "Damascus",
            "Hong Kong", "Singapore", "Caracas", "Almaty", "Yerevan", "Bishkek"};
    private static final String[] CN_STEM = {"zhong", "xin", "hua", "tian", "long", "feng", "sheng", "tai", "kai",
            "jin", "rui", "hai", "bao", "da", "guo", "xing", "tong", "yuan", "hong", "an", "heng", "chang", "wei",
            "jia", "bo", "ke", "li", "mei", "sen", "yu"};
    private static final String[] RU_STEM = {"rostek", "almaz", "energo", "neft", "gaz", "avia", "tekh", "prom",
            "stroy", "radio", "elektro", "mash", "pribor", "spets", "sib", "ural", "volga", "sever", "kristall",
            "granit", "sokol", "vostok", "zenit", "impuls", "signal", "kvant", "polyus", "orion", "start",
            "progress", "optik", "metall", "kompozit", "titan", "khim", "trans", "invest", "servis", "nauka"};
    private static final String[] IR_STEM = {"pars", "sepehr", "kavir", "arya", "tavan", "sanat", "fanavar",
            "navid", "saba", "kish", "kaveh", "farab", "mobin", "dana", "rayan", "payam", "behin", "negin",
            "arman", "pishro", "sahand", "alborz", "zagros", "mehr", "nour"};
    private static final String[] CONSONANTS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "z", "tr", "kr", "st", "pl", "dr", "br"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
    private static final String[] ENDINGS = {"tech", "tex", "ex", "on", "ix", "ar", "ia", "is", "el", "ant"};
    private static final String[] INDUSTRY = {"Technology", "Electronics", "Trading", "Industrial", "Machinery",
            "Engineering", "Shipping", "Logistics", "Petrochemical", "Aviation", "Microelectronics", "Optical",
            "Semiconductor", "Import and Export", "Investment", "Precision Instruments",
            "Scientific Research Institute",
            "Design Bureau", "Plant", "Chemical Industry", "Communication Equipment", "Aerospace", "Energy",
            "Digital Technology", "Intelligent Equipment", "Metals", "General Trading", "Marine Services"};
    private static final String[] CN_SUFFIX = {"Co., Ltd.", "Co., Ltd.", "Co., Ltd.", "Limited", "Group Co., Ltd.",
            "Corporation", "Company Limited"};
    private static final String[] RU_SUFFIX = {"LLC", "OOO", "JSC", "AO", "PJSC", "OAO", "Joint Stock Company",
            "Limited Liability Company"};
    private static final String[] OTHER_SUFFIX = {"FZE", "FZCO", "LLC", "Ltd", "Pte. Ltd.", "GmbH", "Trading LLC",
            "Company", "Sdn Bhd", "Inc."};

    /** Common romanisation variants used to create near-matches and alternate spellings. */
    private static final Map<String, String[]> VARIANTS = new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("Mohammad", new String[] {"Muhammad", "Mohammed", "Mohamad", "Mohamed"}),
            Map.entry("Ahmad", new String[] {"Ahmed", "Akhmad"}),
            Map.entry("Hussein", new String[] {"Husayn", "Hussain", "Hossein"}),
            Map.entry("Hossein", new String[] {"Hosein", "Husayn"}),
            Map.entry("Yusuf", new String[] {"Yousef", "Youssef", "Yousuf"}),
            Map.entry("Omar", new String[] {"Umar"}),
            Map.entry("Osama", new String[] {"Usama"}),
            Map.entry("Abdul Rahman", new String[] {"Abd al-Rahman", "Abdulrahman", "Abdel Rahman"}),
            Map.entry("Abdel Aziz", new String[] {"Abdul Aziz", "Abdulaziz"}),
            Map.entry("Said", new String[] {"Saeed", "Sa'id"}),
            Map.entry("Qasem", new String[] {"Qassem", "Ghasem", "Kasem"}),
            Map.entry("Jafar", new String[] {"Ja'far", "Jaafar"}),
            Map.entry("Aleksandr", new String[] {"Alexander", "Alexandr"}),
            Map.entry("Sergei", new String[] {"Sergey", "Serguei"}),
            Map.entry("Dmitry", new String[] {"Dmitriy", "Dmitri"}),
            Map.entry("Yuri", new String[] {"Yury", "Iouri", "Yuriy"}),
            Map.entry("Alexei", new String[] {"Aleksey", "Alexey", "Aleksei"}),
            Map.entry("Evgeny", new String[] {"Yevgeny", "Evgeniy", "Yevgeniy"}),
            Map.entry("Vasily", new String[] {"Vasiliy", "Vassili"}),
            Map.entry("Fyodor", new String[] {"Fedor", "Fiodor"}),
            Map.entry("Pyotr", new String[] {"Petr", "Piotr"}),
            Map.entry("Nikolai", new String[] {"Nikolay"}),
            Map.entry("Andrei", new String[] {"Andrey"}),
            Map.entry("Vasiliev", new String[] {"Vasilyev", "Vassiliev"}),
            Map.entry("Soloviev", new String[] {"Solovyov", "Solovyev"}),
            Map.entry("Fedorov", new String[] {"Fyodorov"}),
            Map.entry("Shcherbakov", new String[] {"Sherbakov", "Chtcherbakov"}),
            Map.entry("Zhukov", new String[] {"Joukov"}),
            Map.entry("Tsvetkov", new String[] {"Tzvetkov"})));

    private static final Map<String, String> LATIN_TO_CYRILLIC = Map.ofEntries(Map.entry("shch", "щ"),
            Map.entry("kh", "х"), Map.entry("ts", "ц"), Map.entry("ch", "ч"), Map.entry("sh", "ш"),
            Map.entry("zh", "ж"), Map.entry("yu", "ю"), Map.entry("ya", "я"), Map.entry("a", "а"),
            Map.entry("b", "б"), Map.entry("v", "в"), Map.entry("g", "г"), Map.entry("d", "д"), Map.entry("e", "е"),
            Map.entry("z", "з"), Map.entry("i", "и"), Map.entry("y", "й"), Map.entry("k", "к"), Map.entry("l", "л"),
            Map.entry("m", "м"), Map.entry("n", "н"), Map.entry("o", "о"), Map.entry("p", "п"), Map.entry("r", "р"),
            Map.entry("s", "с"), Map.entry("t", "т"), Map.entry("u", "у"), Map.entry("f", "ф"), Map.entry("x", "кс"));
    private static final Map<String, String> RU_FORM_CYRILLIC = Map.of("LLC", "ООО", "OOO", "ООО", "JSC", "АО",
            "AO", "АО", "PJSC", "ПАО", "OAO", "ОАО", "Joint Stock Company", "АО",
            "Limited Liability Company", "ООО");

    private MatcherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entryCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queryCount = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        System.out.printf(Locale.ROOT, "ScreeningIndex benchmark: %,d entries, %,d parties, %d processors,"
                        + " max heap %,d MB, Java %s%n", entryCount, queryCount,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));

        long t0 = System.nanoTime();
        List<ListedParty> entries = entries(entryCount, new Random(20240601L));
        long t1 = System.nanoTime();
        int names = entries.stream().mapToInt(e -> 1 + e.altNames().size()).sum();
        System.out.printf(Locale.ROOT, "generated %,d entries with %,d names in %.0f ms%n", entries.size(), names,
                (t1 - t0) / 1e6);

        System.gc();
        long heapBefore = usedHeap();
        long b0 = System.nanoTime();
        ScreeningIndex index = ScreeningIndex.of(entries);
        long b1 = System.nanoTime();
        System.gc();
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "index built in %.0f ms (heap grew by about %,d MB)%n", (b1 - b0) / 1e6,
                Math.max(0, heapAfter - heapBefore) >> 20);

        List<Query> queries = queries(entries, queryCount, new Random(7L));

        // first pass: cold JVM
        long[] cold = run(index, queries, null);
        report("first pass (cold JIT), wall", cold);
        // measured pass
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        int[] found = new int[3]; // near-matches found, near-match total, parties with hits
        long hits = 0;
        long[] times = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            long c = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            long s = System.nanoTime();
            List<ScreeningMatch> result = index.screen(q.party(), ScreeningIndex.DEFAULT_THRESHOLD);
            times[i] = System.nanoTime() - s;
            cpu[i] = cpuTime ? threads.getCurrentThreadCpuTime() - c : 0;
            hits += result.size();
            if (!result.isEmpty()) {
                found[2]++;
            }
            if (q.expectedKey() != null) {
                found[1]++;
                if (result.stream().anyMatch(m -> m.key().equals(q.expectedKey()))) {
                    found[0]++;
                }
            }
        }
        report("second pass (warm), wall", times);
        if (cpuTime) {
            report("second pass (warm), CPU time of the screening thread", cpu);
        }
        System.out.printf(Locale.ROOT, "near-matches found: %d of %d (%.1f%%); parties with at least one hit: %d of %d;"
                        + " hits per party: %.2f%n", found[0], found[1], 100.0 * found[0] / Math.max(1, found[1]),
                found[2], queries.size(), (double) hits / queries.size());

        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long c0 = System.nanoTime();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < workers; t++) {
                futures.add(pool.submit(() -> run(index, queries, null)));
            }
            for (Future<long[]> f : futures) {
                f.get();
            }
            long c1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "concurrent: %d threads screened %,d parties in %.0f ms (%.0f parties/s)%n",
                    workers, workers * queries.size(), (c1 - c0) / 1e6, workers * queries.size() / ((c1 - c0) / 1e9));
        } finally {
            pool.shutdownNow();
        }

        System.out.println("examples:");
        for (int i = 0; i < 6; i++) {
            Query q = queries.get(i * 2);
            List<ScreeningMatch> result = index.screen(q.party(), ScreeningIndex.DEFAULT_THRESHOLD);
            System.out.printf(Locale.ROOT, "  %s [%s] -> %d hit(s)%s%n", q.party().name(), q.party().country(),
                    result.size(), result.isEmpty() ? "" : ", best " + result.get(0).score() + " "
                            + result.get(0).matchedName() + " " + result.get(0).reasons());
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long[] run(ScreeningIndex index, List<Query> queries, long[] into) {
        long[] times = into != null ? into : new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            index.screen(queries.get(i).party(), ScreeningIndex.DEFAULT_THRESHOLD);
            times[i] = System.nanoTime() - s;
        }
        return times;
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(sorted).sum() / 1e6;
        System.out.printf(Locale.ROOT, "%s: total %.0f ms, per party mean %.3f ms, median %.3f ms, p99 %.3f ms,"
                        + " max %.3f ms%n", label, total, total / sorted.length, sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    // ---------------------------------------------------------------------------------------------------------
    // synthetic list

    record Query(ScreenedParty party, String expectedKey) {
    }

    static List<ListedParty> entries(int count, Random r) {
        List<ListedParty> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = String.format(Locale.ROOT, "SYN-%06d", i);
            String source = r.nextInt(3) == 0 ? "SDN" : r.nextBoolean() ? "Entity List" : "MEU List";
            out.add(r.nextInt(100) < 55 ? company(key, source, r) : person(key, source, r));
        }
        return out;
    }

    private static ListedParty company(String key, String source, Random r) {
        int origin = r.nextInt(10);
        Set<String> alts = new LinkedHashSet<>();
        String name;
        Set<String> countries = new LinkedHashSet<>();
        String industry = pick(INDUSTRY, r);
        if (origin < 4) { // Chinese
            String brand = cap(pick(CN_STEM, r) + pick(CN_STEM, r) + (r.nextInt(3) == 0 ? pick(CN_STEM, r) : ""));
            String city = pick(CN_CITY, r);
            name = city + " " + brand + " " + industry + " " + pick(CN_SUFFIX, r);
            alts.add(brand + " " + industry);
            if (r.nextBoolean()) {
                alts.add(brand + " " + industry + " (Hong Kong) Limited");
                countries.add("HK");
            }
            countries.add("CN");
        } else if (origin < 7) { // Russian
            String brand = cap(pick(RU_STEM, r) + pick(RU_STEM, r));
            String form = pick(RU_SUFFIX, r);
            boolean leading = r.nextBoolean();
            name = leading ? form + " " + brand : brand + " " + form;
            if (r.nextBoolean()) {
                name = leading ? form + " " + brand + " " + industry : brand + " " + industry + " " + form;
            }
            alts.add(RU_FORM_CYRILLIC.get(form) + " «" + cyrillic(brand) + "»");
            if (r.nextInt(3) == 0) {
                alts.add("Scientific Production Association " + brand);
            }
            countries.add("RU");
            if (r.nextInt(5) == 0) {
                countries.add(r.nextBoolean() ? "BY" : "KZ");
            }
        } else if (origin < 9) { // Iranian
            String brand = cap(pick(IR_STEM, r)) + " " + cap(pick(IR_STEM, r));
            name = brand + " " + industry + " Company";
            alts.add(cap(pick(IR_CITY, r)) + " " + brand + " Co");
            countries.add("IR");
            if (r.nextInt(4) == 0) {
                countries.add("AE");
            }
        } else { // trading fronts elsewhere, with invented brand names
            String brand = cap(invented(r));
            String city = pick(OTHER_CITY, r);
            name = brand + " " + industry + " " + pick(OTHER_SUFFIX, r);
            alts.add(brand + " " + city);
            countries.add(switch (city) {
                case "Dubai", "Sharjah" -> "AE";
                case "Istanbul" -> "TR";
                case "Minsk" -> "BY";
                case "Pyongyang" -> "KP";
                case "Damascus" -> "SY";
                case "Hong Kong" -> "HK";
                case "Singapore" -> "SG";
                case "Caracas" -> "VE";
                case "Almaty" -> "KZ";
                case "Yerevan" -> "AM";
                default -> "KG";
            });
        }
        if (r.nextInt(10) == 0) {
            countries.clear();
        }
        alts.remove(name);
        return new ListedParty(key, source, name, List.copyOf(alts), Set.copyOf(countries));
    }

    private static ListedParty person(String key, String source, Random r) {
        int origin = r.nextInt(10);
        Set<String> alts = new LinkedHashSet<>();
        String name;
        String country;
        if (origin < 3) {
            String first = pick(RU_FIRST, r);
            String last = pick(RU_LAST, r);
            String patronymic = pick(RU_FIRST, r).replaceAll("[aiy]$", "") + "ovich";
            name = last.toUpperCase(Locale.ROOT) + ", " + first + " " + patronymic;
            alts.add(variant(first, r) + " " + variant(last, r));
            alts.add(cyrillic(first) + " " + cyrillic(last));
            country = r.nextInt(5) == 0 ? "BY" : "RU";
        } else if (origin < 6) {
            String first = pick(AR_FIRST, r);
            String father = pick(AR_FIRST, r);
            String last = pick(AR_LAST, r);
            name = last.toUpperCase(Locale.ROOT) + ", " + first + " " + father;
            alts.add(variant(first, r) + " " + variant(father, r) + " " + last);
            if (r.nextBoolean()) {
                alts.add("Abu " + pick(AR_FIRST, r));
            }
            country = pick(new String[] {"IR", "IQ", "SY", "LB", "YE", "AE"}, r);
        } else if (origin < 8) {
            String last = pick(CN_LAST, r);
            String given = cap(pick(CN_SYLLABLE, r) + pick(CN_SYLLABLE, r));
            name = last.toUpperCase(Locale.ROOT) + ", " + given;
            alts.add(given + " " + last);
            country = r.nextInt(4) == 0 ? "HK" : "CN";
        } else if (origin < 9) {
            String last = pick(KP_LAST, r);
            String given = pick(KP_SYLLABLE, r) + " " + pick(KP_SYLLABLE, r);
            name = last.toUpperCase(Locale.ROOT) + ", " + given;
            alts.add(last + " " + given.replace(' ', '-'));
            country = "KP";
        } else {
            String first = pick(WEST_FIRST, r);
            String last = pick(WEST_LAST, r);
            name = last.toUpperCase(Locale.ROOT) + ", " + first;
            country = pick(new String[] {"DE", "IT", "FR", "ES", "GR", "TR", "GB", "US", "CY"}, r);
        }
        alts.remove(name);
        return new ListedParty(key, source, name, List.copyOf(alts),
                r.nextInt(8) == 0 ? Set.of() : Set.of(country));
    }

    static List<Query> queries(List<ListedParty> entries, int count, Random r) {
        List<Query> out = new ArrayList<>(count);
        Random fresh = new Random(99L);
        String[] countries = {"RU", "CN", "HK", "IR", "AE", "DE", "US", "TR", null};
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                ListedParty e = entries.get(r.nextInt(entries.size()));
                String base = r.nextInt(3) == 0 && !e.altNames().isEmpty()
                        ? e.altNames().get(r.nextInt(e.altNames().size())) : e.name();
                String altered = alter(base, r);
                String country = r.nextInt(3) == 0 ? pick(countries, r)
                        : e.countries().stream().sorted().findFirst().orElse(null);
                out.add(new Query(new ScreenedParty(altered, country), e.key()));
            } else {
                ListedParty e = fresh.nextInt(100) < 55 ? company("NEW", "", fresh) : person("NEW", "", fresh);
                out.add(new Query(new ScreenedParty(e.name(), pick(countries, r)), null));
            }
        }
        return out;
    }

    /** A realistic alteration of a listed name: another spelling, a typo, another word order or legal form. */
    private static String alter(String name, Random r) {
        String n = name;
        switch (r.nextInt(6)) {
            case 0 -> { // other romanisation of one word
                for (Map.Entry<String, String[]> v : VARIANTS.entrySet()) {
                    if (n.contains(v.getKey())) {
                        n = n.replace(v.getKey(), pick(v.getValue(), r));
                        break;
                    }
                }
            }
            case 1 -> { // typo: swap two adjacent letters of the longest word
                String[] words = n.split(" ");
                int longest = 0;
                for (int k = 1; k < words.length; k++) {
                    if (words[k].length() > words[longest].length()) {
                        longest = k;
                    }
                }
                String w = words[longest];
                if (w.length() > 5) {
                    int p = 2 + r.nextInt(w.length() - 4);
                    words[longest] = w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2);
                }
                n = String.join(" ", words);
            }
            case 2 -> { // "LAST, First" becomes "First Last"
                int comma = n.indexOf(", ");
                if (comma > 0 && !n.contains("Ltd")) {
                    n = n.substring(comma + 2) + " " + cap(n.substring(0, comma).toLowerCase(Locale.ROOT));
                }
            }
            case 3 -> { // other legal form
                n = n.replaceAll("(?i)\\b(Co\\., Ltd\\.|LLC|OOO|JSC|Limited|Company|FZE|GmbH)$", "")
                        .trim() + " " + pick(new String[] {"LLC", "Ltd.", "Co.", "Limited", ""}, r);
            }
            case 4 -> n = n.toUpperCase(Locale.ROOT).replace(",", ""); // capitals, no punctuation
            default -> { // a letter dropped
                if (n.length() > 8) {
                    int p = 3 + r.nextInt(n.length() - 6);
                    if (Character.isLetter(n.charAt(p)) && Character.isLetter(n.charAt(p - 1))) {
                        n = n.substring(0, p) + n.substring(p + 1);
                    }
                }
            }
        }
        return n.trim();
    }

    private static String variant(String word, Random r) {
        String[] v = VARIANTS.get(word);
        return v == null || r.nextBoolean() ? word : pick(v, r);
    }

    private static String invented(Random r) {
        StringBuilder b = new StringBuilder();
        int syllables = 2 + r.nextInt(2);
        for (int k = 0; k < syllables; k++) {
            b.append(pick(CONSONANTS, r)).append(pick(VOWELS, r));
        }
        return b.append(pick(ENDINGS, r)).toString();
    }

    /** Crude Latin to Cyrillic, for alternate names written in Cyrillic. */
    static String cyrillic(String latin) {
        String s = latin.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        int i = 0;
        outer:
        while (i < s.length()) {
            for (int len = 4; len >= 1; len--) {
                if (i + len <= s.length()) {
                    String c = LATIN_TO_CYRILLIC.get(s.substring(i, i + len));
                    if (c != null) {
                        b.append(c);
                        i += len;
                        continue outer;
                    }
                }
            }
            b.append(s.charAt(i));
            i++;
        }
        String out = b.toString().replaceAll("ий$", "ий").replaceAll("ей$", "ей");
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static String pick(String[] pool, Random r) {
        return pool[r.nextInt(pool.length)];
    }

    private static String cap(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ", -1)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
