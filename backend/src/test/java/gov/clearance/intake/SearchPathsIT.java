package gov.clearance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.lifecycle.AgainstTestIssuer;
import gov.clearance.lifecycle.Api;
import gov.clearance.lifecycle.ApplicationForms;
import gov.clearance.lifecycle.CaseSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case search reads the newest cases first and, when the page is not among them, finds every match by its
 * indexes; both ways, and the count, answer the same as reading every case. A window of one or two cases makes
 * each search take each way here, with the cases the tests hold.
 */
class SearchPathsIT extends AgainstTestIssuer {

    @Autowired
    private ApplicationSearches searches;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void theNewestCasesFirstAndTheIndexesAfterwardsFindWhatReadingEveryCaseFinds() {
        CaseSteps steps = CaseSteps.signedByTestIssuer(new Api(port));
        String[][] cases = {{"3A001.a.1", "DE"}, {"5A002.a.1", "DE"}, {"3A001.b.2", "CN"}, {"1C350", "AE"},
            {"3A001.a.1", "DE"}, {"5A002.a.1", "CN"}};
        for (String[] eccnAndCountry : cases) {
            String name = "Pfadwerke " + java.util.UUID.randomUUID().toString().substring(0, 8) + " GmbH";
            Map<String, Object> form = ApplicationForms.valid(name);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) form.get("items"));
            items.set(0, ApplicationForms.item(eccnAndCountry[0], "MX-200", "10", "1500.00", "15000.00"));
            form.put("items", items);
            form.put("ultimateConsignee", ApplicationForms.party(name, eccnAndCountry[1]));
            steps.submitted("alice", form);
        }
        List<ApplicationSearch> searchesToCompare = new ArrayList<>();
        for (int size : List.of(1, 2, 20)) {
            for (int page : List.of(0, 1, 3)) {
                searchesToCompare.add(new ApplicationSearch(null, "3A001", null, null, null, page, size));
                searchesToCompare.add(new ApplicationSearch(null, "3a001.a", "de", null, null, page, size));
                searchesToCompare.add(new ApplicationSearch(null, "5A002", "CN", null, null, page, size));
                searchesToCompare.add(new ApplicationSearch(null, "1C350", "CN", null, null, page, size));
                searchesToCompare.add(new ApplicationSearch(null, null, "AE", "pfadwerke", null, page, size));
                searchesToCompare.add(new ApplicationSearch(ApplicationStatus.UNDER_REVIEW, null, null, null, null,
                        page, size));
                searchesToCompare.add(new ApplicationSearch(null, null, null, "no such words anywhere", null, page,
                        size));
                searchesToCompare.add(new ApplicationSearch(null, null, null, null, null, page, size));
            }
        }
        int everyCase = Integer.MAX_VALUE;
        int plannersWay = 60_000;
        int indexesWay = 0;
        for (ApplicationSearch search : searchesToCompare) {
            ApplicationSearchResults readingEveryCase = searches.search(search, everyCase, plannersWay);
            for (int window : List.of(1, 2, 5)) {
                for (int budget : List.of(plannersWay, indexesWay)) {
                    assertThat(searches.search(search, window, budget))
                            .as("%s, reading the newest %d first, then %s", search, window,
                                    budget == indexesWay ? "the indexes" : "PostgreSQL's plan")
                            .isEqualTo(readingEveryCase);
                }
            }
        }
        assertThat(searches.search(new ApplicationSearch(null, "5A002", "CN", null, null, 0, 20), 1, indexesWay)
                .content()).as("found by the index although not among the newest").isNotEmpty();
        assertThat(searches.search(new ApplicationSearch(null, "1C350", "CN", null, null, 0, 20), 1, indexesWay)
                .content()).as("an ECCN that never went to that country").isEmpty();
    }

    @Test
    void aQueryPastItsBudgetIsCancelledAndTheTransactionGoesOn() {
        String answer = transactions.execute(status -> {
            assertThat(searches.withinBudget(50, () -> jdbc.queryForObject("select pg_sleep(2)::text", String.class)))
                    .as("cancelled after 50 ms").isEmpty();
            assertThat(searches.withinBudget(5_000, () -> jdbc.queryForObject("select 'in time'", String.class)))
                    .contains("in time");
            return jdbc.queryForObject("select current_setting('statement_timeout')", String.class);
        });
        assertThat(answer).as("the timeout as it was before").isEqualTo("0");
    }
}
