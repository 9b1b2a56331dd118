package gov.clearance.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index scores only few names, even when the list is full of common words and common names. */
class CandidateGenerationTest {

    private static final String[] SURNAMES = {"Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov",
            "Lebedev", "Kozlov", "Novikov", "Morozov"};
    private static final String[] GIVEN = {"Sergei", "Ivan", "Dmitry", "Aleksandr", "Mikhail", "Nikolai", "Oleg",
            "Yuri", "Pavel", "Igor"};

    /** A made-up brand name of eight random letters. */
    private static String brand(int i) {
        Random r = new Random(i * 7919L);
        StringBuilder b = new StringBuilder("Q");
        for (int k = 0; k < 7; k++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static ScreeningIndex crowdedIndex() {
        List<ListedParty> entries = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // companies that share generic words and a frequent city, with a distinctive brand each
            String brand = brand(i);
            entries.add(new ListedParty("C" + i, "Entity List",
                    "Shenzhen " + brand + " International Trading Technologies Co., Ltd.", List.of(), Set.of("CN")));
        }
        for (int i = 0; i < 10_000; i++) {
            // persons with common given names and surnames
            entries.add(new ListedParty("P" + i, "SDN", SURNAMES[i % 10] + ", " + GIVEN[(i / 10) % 10],
                    List.of(), Set.of("RU")));
        }
        entries.add(new ListedParty("X", "SDN", "Mahan Air", List.of(), Set.of("IR")));
        return ScreeningIndex.of(entries);
    }

    private static final ScreeningIndex INDEX = crowdedIndex();

    @Test
    void genericWordsAndFrequentCitiesDoNotMakeCandidates() {
        assertThat(INDEX.candidateCount("Acme International Trading Technologies LLC")).isZero();
        assertThat(INDEX.candidateCount("Shenzhen Acme Technologies Co., Ltd.")).isLessThan(10);
    }

    @Test
    void aDistinctiveWordFindsItsNames() {
        String brand = brand(4242);

        assertThat(INDEX.candidateCount(brand + " Trading")).isBetween(1, 10);
        assertThat(INDEX.screen(new ScreenedParty("Shenzhen " + brand + " Trading Co.", "CN"), 0.82))
                .extracting(ScreeningMatch::key).containsExactly("C4242");
    }

    @Test
    void frequentNamesNeedEachOther() {
        // each surname reaches 1,000 names and each given name 1,000: only those with both are scored
        assertThat(INDEX.candidateCount("Sergei Ivanov")).isBetween(100, 200);
        assertThat(INDEX.screen(new ScreenedParty("Sergei Ivanov", "RU"), 0.82)).hasSize(100)
                .allSatisfy(m -> assertThat(m.matchedName()).isEqualTo("Ivanov, Sergei"));
    }

    @Test
    void screeningACrowdedIndexStaysFast() {
        List<String> names = List.of("Sergei Ivanov", "Shenzhen Acme Technologies Co., Ltd.", "Mahan Airlines",
                "Oleg Petrova", "Qzzzzzzz Trading International", "Hezbollah");
        for (String n : names) {
            INDEX.screen(new ScreenedParty(n, null), 0.82); // warm up
        }
        long start = System.nanoTime();
        for (int round = 0; round < 20; round++) {
            for (String n : names) {
                INDEX.screen(new ScreenedParty(n, null), 0.82);
            }
        }
        double perParty = (System.nanoTime() - start) / 1e6 / (20 * names.size());
        assertThat(perParty).as("ms per party").isLessThan(50.0);
    }
}
