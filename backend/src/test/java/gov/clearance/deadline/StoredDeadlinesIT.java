package gov.clearance.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.lifecycle.Api.Reply;
import gov.clearance.lifecycle.ApplicationForms;
import gov.clearance.lifecycle.CaseSteps;
import gov.clearance.lifecycle.WithAdjustableClock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines the deadline module stores as things happen are the deadlines counted afresh from the facts, for
 * cases in every state, days after they were stored; and a database whose cases have no stored deadlines (an
 * upgraded one) gets the same deadlines from the backfill.
 */
class StoredDeadlinesIT extends WithAdjustableClock {

    private static final Map<String, Object> NOTICE = Map.of(
            "statutoryBasis", "50 U.S.C. 4813(a)",
            "regulatoryBasis", "15 CFR 742.4(b)(1): national security controls",
            "reasons", "The end user supplies a military program in a country of concern.",
            "reconsideration", "A different, civil end user with a verifiable end-use statement.",
            "contact", "Licensing officer, Office of Exporter Services, +1 202 482 4811");
    private static final CurrentUser ANALYST = new CurrentUser("bianca", "bianca", Set.of(Role.ANALYST), "BIS", null,
            null);

    @Autowired
    private Deadlines deadlines;
    @Autowired
    private Milestones milestones;
    @Autowired
    private DeadlineBackfill backfill;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private Clock clock;

    @Test
    void storedDeadlinesAreThoseCountedAfreshInEveryStateAndTheBackfillStoresTheSame() {
        CaseSteps steps = steps();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("under review", steps.submitted("alice", ApplicationForms.valid()));
        String asked = steps.submitted("alice", ApplicationForms.valid());
        steps.review("bianca", asked, Map.of("action", "REQUEST_INFORMATION", "question", "Who installs it?",
                "analysis", "Installer unknown."));
        cases.put("awaiting the applicant", asked);
        cases.put("referred", referred("DOD", "STATE"));
        String held = referred("DOD");
        String hold = hold(held);
        cases.put("held", held);
        String released = referred("DOD");
        String releasedHold = hold(released);
        cases.put("held, then released", released);
        cases.put("agreed", agreed());
        String noticed = agreed();
        notice(noticed);
        cases.put("noticed", noticed);
        String answered = agreed();
        notice(answered);
        cases.put("noticed and answered", answered);
        String withdrawn = agreed();
        notice(withdrawn);
        CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/applications/" + withdrawn
                + "/intent-to-deny/withdrawal", Map.of("rationale", "A civil end user.")), 200);
        cases.put("notice withdrawn", withdrawn);
        String decided = agreed();
        CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/applications/" + decided + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "All agencies concur.")), 200);
        cases.put("decided", decided);
        String returned = steps.submitted("alice", ApplicationForms.valid());
        steps.review("bianca", returned, Map.of("action", "RETURN_WITHOUT_ACTION", "deficiencies",
                List.of("End-use statement unsigned")));
        cases.put("returned without action", returned);
        cases.put("disputed", disputed());
        String denied = disputed();
        CaseSteps.expect(steps.send("oscar", "POST", "/api/staff/applications/" + denied + "/rulings",
                Map.of("outcome", "DENIED", "rationale", "Ruled on the record.")), 201);
        cases.put("denied by the committee", denied);

        advanceDays(3);
        CaseSteps.expect(steps.send("alice", "POST", "/api/applicant/applications/" + answered
                + "/intent-to-deny/response", Map.of("response", "The end user is civil.")), 201);
        advanceDays(9);
        CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/holds/" + releasedHold + "/release",
                Map.of("note", "The partners answered.")), 200);
        advanceDays(4);
        steps.awaitStatus("bianca", denied, "IN_RECONCILIATION");
        assertThat(hold).isNotBlank();

        Map<String, List<DeadlineView>> stored = storedDeadlines(cases);
        assertThat(stored.get("denied by the committee")).extracting(DeadlineView::kind)
                .as("the ladder's denial awaits BIS's notice").contains(DeadlineKind.LADDER_DENIAL_NOTICE);
        assertThat(stored.get("under review")).filteredOn(DeadlineView::overdue).extracting(DeadlineView::kind)
                .containsExactly(DeadlineKind.BIS_REVIEW);
        cases.forEach((state, id) -> assertThat(stored.get(state)).as(state)
                .isEqualTo(countedAfresh(UUID.fromString(id))));
        List<String> overdue = new ArrayList<>();
        cases.forEach((state, id) -> countedAfresh(UUID.fromString(id)).stream().filter(DeadlineView::overdue)
                .filter(deadline -> !List.of("decided", "returned without action").contains(state))
                .forEach(deadline -> overdue.add(id + " " + deadline.kind() + " " + deadline.agency())));
        assertThat(everyOverduePageByPage().stream()
                .filter(entry -> cases.containsValue(entry.applicationId().toString()))
                .map(entry -> entry.applicationId() + " " + entry.deadline().kind() + " " + entry.deadline().agency()))
                .as("the overdue list: the overdue deadlines of the open cases").containsExactlyInAnyOrderElementsOf(
                        overdue).isNotEmpty();

        int deleted = jdbc.update("delete from deadline_due") + jdbc.update("delete from deadline_milestone")
                + jdbc.update("delete from deadline_clock");
        assertThat(deleted).isPositive();
        assertThat(backfill.recordAllMissing()).isGreaterThanOrEqualTo(cases.size());
        assertThat(storedDeadlines(cases)).as("an upgraded database shows the same deadlines").isEqualTo(stored);
        assertThat(backfill.recordAllMissing()).as("once").isZero();
        assertThat(jdbc.queryForObject("select count(*) from deadline_backfill", Integer.class))
                .as("the start-up backfill completed once, so later start-ups skip it").isEqualTo(1);
    }

    private Map<String, List<DeadlineView>> storedDeadlines(Map<String, String> cases) {
        Map<String, List<DeadlineView>> stored = new LinkedHashMap<>();
        cases.forEach((state, id) -> stored.put(state,
                transactions.execute(status -> deadlines.clockOf(UUID.fromString(id)).deadlines())));
        return stored;
    }

    private List<DeadlineView> countedAfresh(UUID id) {
        return transactions.execute(status -> {
            Instant now = Instant.now(clock);
            return DeadlineRules.record(milestones.of(Set.of(id)).get(id), now).views(now);
        });
    }

    private String referred(String... agencies) {
        String id = steps().submitted("alice", ApplicationForms.valid());
        steps().refer("bianca", id, "APPROVE", agencies);
        return id;
    }

    private String hold(String id) {
        Reply held = CaseSteps.expect(steps().send("bianca", "POST", "/api/staff/applications/" + id + "/holds",
                Map.of("reason", "FOREIGN_CONSULTATION", "why", "Consulting the Wassenaar partners.")), 201);
        return held.text("id");
    }

    private String agreed() {
        String id = referred("STATE");
        steps().recordPosition("sam", id, Map.of("type", "APPROVE", "rationale", "No objection."));
        steps().awaitStatus("bianca", id, "IN_RECONCILIATION");
        return id;
    }

    private void notice(String id) {
        CaseSteps.expect(steps().send("bianca", "POST", "/api/staff/applications/" + id + "/intent-to-deny", NOTICE),
                201);
    }

    /** The whole overdue list, read one deadline a page by its cursors; most overdue first across the pages. */
    private List<OverdueCase> everyOverduePageByPage() {
        List<OverdueCase> every = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String from = after;
            OverduePage page = transactions.execute(status -> deadlines.overdue(ANALYST, 1, from));
            assertThat(page.cases()).hasSize(1);
            every.addAll(page.cases());
            after = page.next();
            pages++;
        } while (after != null);
        assertThat(pages).as("a page a deadline").isEqualTo(every.size()).isGreaterThan(1);
        assertThat(every).extracting(entry -> entry.deadline().dueOn()).isSorted();
        assertThat(every).doesNotHaveDuplicates();
        return every;
    }

    private String disputed() {
        String id = referred("DOD", "STATE");
        steps().recordPosition("dan", id, Map.of("type", "DENY", "rationale", "Diversion risk.",
                "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)"));
        steps().recordPosition("sam", id, Map.of("type", "APPROVE", "rationale", "No objection."));
        steps().awaitStatus("bianca", id, "ESCALATED");
        return id;
    }
}
