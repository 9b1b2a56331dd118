package gov.clearance.lifecycle;

import gov.clearance.ClearanceApplication;
import gov.clearance.identity.CurrentUser;
import gov.clearance.screening.ListFormat;
import gov.clearance.screening.PartyScreening;
import gov.clearance.screening.ScreeningListImportView;
import gov.clearance.screening.ScreeningLists;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screening benchmark: the application on a fresh embedded PostgreSQL imports a Consolidated Screening
 * List of 100,000 entries, screens cases' parties against it one case at a time, then imports a newer list
 * and screens 10,000 open cases again as the application does after every import. Prints the figures; run
 * it with {@code ./mvnw -pl performance -am -DskipTests -Pbenchmark verify}. Stops by itself.
 */
public final class ScreeningBenchmark {

    private static final int ENTRIES = Integer.getInteger("benchmark.entries", 100_000);
    private static final int OPEN_CASES = Integer.getInteger("benchmark.cases", 10_000);
    private static final int TIMED_CASES = 1_000;
    /** Syllables of made-up words: some 20,000 distinct words, as diverse as the names on the real list. */
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tan", "sel", "vor", "chu", "lin", "dar", "qi",
        "zha", "nov", "ba", "ter", "shi", "mo", "rak", "el", "fu", "gan", "hos", "yar", "pet", "ul", "zen", "wei",
        "dor", "sa", "kim", "lu"};
    private static final String[] TRADES = {"Electronics", "Trading", "Aviation", "Logistics", "Machinery",
        "Optics", "Semiconductor", "Research Institute", "Shipping", "Engineering", "Chemical", "Technology"};
    private static final String[] FORMS = {"Co., Ltd.", "LLC", "OOO", "JSC", "FZE", "GmbH", "Limited",
        "Corporation", "Pvt. Ltd.", "S.A."};
    private static final String[] SOURCES = {"Entity List (EL) - Bureau of Industry and Security",
        "Specially Designated Nationals (SDN) - Treasury Department", "Denied Persons List (DPL) - Bureau of "
        + "Industry and Security", "Unverified List (UVL) - Bureau of Industry and Security",
        "Military End User (MEU) List - Bureau of Industry and Security"};
    private static final String[] COUNTRIES = {"CN", "RU", "IR", "AE", "TR", "HK", "PK", "BY", "KP", "SY", "IN",
        "MY", "SG", "DE", "GB"};

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // command-line arguments outrank application.yml: a fresh temporary database, never the demo one
        ConfigurableApplicationContext application = new SpringApplicationBuilder(ClearanceApplication.class)
                .run("--clearance.database.embedded.data-directory=", "--server.port=0",
                        "--server.address=127.0.0.1", "--clearance.identity.local-keycloak.enabled=false",
                        "--clearance.identity.issuer=" + TestIssuer.get().issuerUri(),
                        "--clearance.screening.initial-list=",
                        "--clearance.documents.directory=target/benchmark-documents",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        int exit = 0;
        try {
            run(application);
        } catch (Exception | AssertionError e) {
            // the test issuer's HTTP server would keep the JVM alive: a failed run exits as a finished one does
            e.printStackTrace();
            exit = 1;
        } finally {
            application.close();
        }
        System.exit(exit);
    }

    private static void run(ConfigurableApplicationContext application) throws InterruptedException {
        ScreeningLists lists = application.getBean(ScreeningLists.class);
        PartyScreening screening = application.getBean(PartyScreening.class);
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        Random random = new Random(20261123);

        List<String> listedNames = new ArrayList<>();
        String list = list(random, ENTRIES, listedNames);
        long started = System.nanoTime();
        ScreeningListImportView first = lists.importList(CurrentUser.system(), ListFormat.CSV, "benchmark.csv",
                new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));
        double importSeconds = seconds(started);
        awaitRescreening(lists, first.id());

        System.out.printf(Locale.ROOT, "imported %d entries in %.1f s; writing %d open cases%n", first.entryCount(),
                importSeconds, OPEN_CASES);
        List<UUID> cases = openCases(jdbc, random, OPEN_CASES, listedNames);
        long[] perCase = new long[TIMED_CASES];
        for (int i = 0; i < TIMED_CASES; i++) {
            long start = System.nanoTime();
            screening.screen(cases.get(i), "REGISTRATION");
            perCase[i] = System.nanoTime() - start;
        }
        Arrays.sort(perCase);

        String newer = list + "\"bench-new-1\",\"" + SOURCES[0] + "\",\"\",\"\",\"\",\"Newly Listed Trading FZE\",\"\","
                + "\"Dubai, AE\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
                + "\"\",\"\",\"\"\n";
        System.out.printf(Locale.ROOT, "screened %d cases; importing a newer list%n", TIMED_CASES);
        Instant importedAt = Instant.now();
        ScreeningListImportView second = lists.importList(CurrentUser.system(), ListFormat.CSV, "benchmark-2.csv",
                new ByteArrayInputStream(newer.getBytes(StandardCharsets.UTF_8)));
        ScreeningListImportView rescreened = awaitRescreening(lists, second.id());
        double rescreenSeconds = Duration.between(importedAt, rescreened.rescreenFinishedAt()).toMillis() / 1000.0;

        System.out.printf(Locale.ROOT, "%nScreening benchmark (%d list entries, %d open cases of 4 parties each)%n",
                first.entryCount(), cases.size());
        System.out.printf(Locale.ROOT, "  import and index the list:          %8.2f s%n", importSeconds);
        System.out.printf(Locale.ROOT, "  screen one case (4 parties), %d cases: mean %.2f ms, median %.2f ms, "
                + "p99 %.2f ms%n", TIMED_CASES, mean(perCase) / 1e6, perCase[TIMED_CASES / 2] / 1e6,
                perCase[TIMED_CASES * 99 / 100] / 1e6);
        System.out.printf(Locale.ROOT, "  per party against %d entries:     mean %.2f ms%n", first.entryCount(),
                mean(perCase) / 4 / 1e6);
        System.out.printf(Locale.ROOT, "  re-screen %d open cases after an import: %.2f s in total, %.2f ms per "
                + "case, %.2f ms per party%n", rescreened.casesRescreened(), rescreenSeconds,
                rescreenSeconds * 1000 / rescreened.casesRescreened(),
                rescreenSeconds * 1000 / rescreened.casesRescreened() / 4);
        System.out.printf(Locale.ROOT, "  hits found: %d on %d cases%n",
                jdbc.queryForObject("select count(*) from screening_hit", Long.class),
                jdbc.queryForObject("select count(distinct application_id) from screening_hit", Long.class));
    }

    private static ScreeningListImportView awaitRescreening(ScreeningLists lists, UUID importId)
            throws InterruptedException {
        while (true) {
            ScreeningListImportView progress = lists.importOf(importId).orElseThrow();
            if (progress.rescreenFinishedAt() != null) {
                return progress;
            }
            Thread.sleep(50);
        }
    }

    /** A list of entries shaped like the real one: companies and people, alternate names, countries. */
    private static String list(Random random, int size, List<String> names) {
        StringBuilder csv = new StringBuilder("_id,source,entity_number,type,programs,name,title,addresses,"
                + "federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,"
                + "call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,"
                + "source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,"
                + "source_information_url,ids\n");
        for (int i = 0; i < size; i++) {
            String name = companyName(random);
            String alias = companyName(random);
            names.add(name);
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            csv.append('"').append("bench-").append(i).append("\",\"").append(SOURCES[i % SOURCES.length])
                    .append("\",\"\",\"\",\"\",\"").append(name).append("\",\"\",\"Street ").append(i).append(", ")
                    .append(country).append("\",\"\",\"\",\"\",\"\",\"For all items subject to the EAR.\","
                            + "\"Presumption of denial.\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"")
                    .append(alias).append("\",\"\",\"\",\"\",\"\",\"\",\"\"\n");
        }
        return csv.toString();
    }

    private static String companyName(Random random) {
        return word(random) + " " + word(random) + " " + TRADES[random.nextInt(TRADES.length)] + " "
                + FORMS[random.nextInt(FORMS.length)];
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Open cases written straight to the table: the benchmark measures screening, not registration. */
    private static List<UUID> openCases(JdbcTemplate jdbc, Random random, int count, List<String> listed) {
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            // one purchaser in a hundred is a listed party, spelled in upper case and without its legal form
            String purchaser = i % 100 == 0 ? nearMatch(listed.get(random.nextInt(listed.size())))
                    : companyName(random);
            String party = "{\"name\": \"" + purchaser + "\", \"address\": \"1 Road\", \"country\": \""
                    + COUNTRIES[random.nextInt(COUNTRIES.length)] + "\"}";
            String form = "{\"type\": \"EXPORT\", \"applicant\": {\"name\": \"Acme Exports Inc.\", \"address\": "
                    + "\"1 Main St\", \"country\": \"US\"}, \"purchaser\": " + party + ", \"ultimateConsignee\": "
                    + "{\"name\": \"" + companyName(random) + "\", \"address\": \"2 Road\", \"country\": \"CN\"}, "
                    + "\"endUsers\": [{\"name\": \"" + companyName(random) + "\", \"address\": \"3 Road\", "
                    + "\"country\": \"RU\"}], \"items\": [{\"eccn\": \"3A001.a.1\"}]}";
            rows.add(new Object[] {id, String.format(Locale.ROOT, "B%06d", i), "bench-" + i, form, now});
        }
        jdbc.batchUpdate("insert into intake_application (id, organization, created_by, status, control_number, "
                + "transaction_fingerprint, form, created_at, updated_at, registered_at, version) values "
                + "(?, 'Benchmark Exports', 'benchmark', 'UNDER_REVIEW', ?, ?, ?::jsonb, ?, ?, ?, 0)",
                rows.stream().map(row -> new Object[] {row[0], row[1], row[2], row[3], row[4], row[4], row[4]})
                        .toList());
        return ids;
    }

    private static String nearMatch(String listedName) {
        String upper = listedName.toUpperCase(Locale.ROOT);
        for (String form : FORMS) {
            upper = upper.replace(" " + form.toUpperCase(Locale.ROOT), "");
        }
        return upper;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
