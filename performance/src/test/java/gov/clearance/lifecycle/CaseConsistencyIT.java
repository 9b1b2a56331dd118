package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.benchmark.CaseConsistency;
import gov.clearance.benchmark.CaseConsistency.Acknowledged;
import gov.clearance.benchmark.CaseConsistency.Report;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consistency checker that the crash and outage trials rely on: it finds a database of real cases
 * consistent, and it names each kind of breach when the records and the processes disagree. Breaches are
 * made inside a transaction that is rolled back, so other tests never see them.
 */
class CaseConsistencyIT extends AgainstTestIssuer {

    @Autowired
    DataSource dataSource;

    @Test
    void findsCasesCarriedThroughTheApplicationConsistentAndNamesEachBreach() throws Exception {
        CaseSteps steps = CaseSteps.signedByTestIssuer(new Api(port));
        String decided = steps.submitted("alice", ApplicationForms.valid());
        steps.refer("bianca", decided, "APPROVE", "DOD");
        steps.recordPosition("dan", decided, Map.of("type", "APPROVE", "rationale", "No concern."));
        CaseSteps.expect(steps.send("bianca", "POST", "/api/staff/applications/" + decided + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "DOD concurs.")), 200);
        steps.awaitLicense("alice", decided);
        String inReferral = steps.submitted("alice", ApplicationForms.valid());
        steps.refer("bianca", inReferral, "APPROVE", "DOD", "STATE");

        try (Connection database = dataSource.getConnection()) {
            database.setAutoCommit(false);
            try {
                Report clean = CaseConsistency.check(database,
                        new Acknowledged(List.of(decided, inReferral), List.of(), List.of()));
                assertThat(clean.breaches()).isEmpty();
                assertThat(clean.openCases()).isPositive();
                assertThat(clean.closedCases()).isPositive();

                String lostPosition = UUID.randomUUID().toString();
                database.createStatement().executeUpdate("update intake_application set status = 'UNDER_REVIEW' "
                        + "where id = '" + inReferral + "'");
                database.createStatement().executeUpdate("insert into audit_entry (application_id, occurred_at, "
                        + "actor, actor_name, action) values ('" + decided + "', now(), 'test', 'Test', "
                        + "'POSITION_RECORDED')");
                database.createStatement().executeUpdate("update intake_application set status = 'IN_REFERRAL', outcome = null "
                        + "where id = '" + decided + "'");

                Report broken = CaseConsistency.check(database,
                        new Acknowledged(List.of(decided), List.of(lostPosition), List.of()));
                assertThat(broken.breaches()).anySatisfy(breach -> assertThat(breach)
                        .isEqualTo(inReferral + " is UNDER_REVIEW but its process waits at [Task_AgencyReview]"));
                assertThat(broken.breaches()).anySatisfy(breach -> assertThat(breach)
                        .isEqualTo(decided + " is IN_REFERRAL but has 0 live processes"));
                assertThat(broken.breaches()).anySatisfy(breach -> assertThat(breach).isEqualTo(decided
                        + " has 1 fewer position_position rows than POSITION_RECORDED audit entries"));
                assertThat(broken.breaches()).anySatisfy(breach -> assertThat(breach)
                        .isEqualTo(lostPosition + " is an acknowledged position's referral but has none in position_position"));
            } finally {
                database.rollback();
            }
        }
    }
}
