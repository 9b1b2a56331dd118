package gov.clearance.access;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may take an action on a case they see, by role and relation to what the action is on. */
class WhoTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final CurrentUser ADA = staff("ada", Role.ADMIN, "BIS", null);
    private static final CurrentUser SAM = staff("sam", Role.REVIEWER, "STATE", null);
    private static final CurrentUser DAN = new CurrentUser("dan", "dan", Set.of(Role.REVIEWER, Role.ARBITER), "DOD",
            null, null);
    private static final CurrentUser ARI = staff("ari", Role.ASSESSOR, "DOD", "ARMY");
    private static final CurrentUser NINA = staff("nina", Role.ASSESSOR, "DOD", "NAVY");

    @Test
    void anAdministratorClaimsOnlyTheDecisionsAnAdministratorRecordsButReleasesAnyClaim() {
        assertThat(CaseAction.CLAIM_TASK.who().permits(ADA, task("STATE"))).isFalse();
        assertThat(CaseAction.CLAIM_TASK.who().permits(ADA, task("BIS"))).isFalse();
        assertThat(CaseAction.CLAIM_TASK.who().permits(ADA, task("PRESIDENT"))).isTrue();
        assertThat(CaseAction.CLAIM_TASK.who().permits(ADA, task("UNDER_SECRETARY"))).isTrue();
        assertThat(CaseAction.RELEASE_TASK.who().permits(ADA, task("STATE"))).isTrue();
        assertThat(CaseAction.CLAIM_TASK.who().permits(SAM, task("STATE"))).isTrue();
        assertThat(CaseAction.CLAIM_TASK.who().permits(SAM, task("DOD"))).isFalse();
        assertThat(CaseAction.RELEASE_TASK.who().permits(SAM, task("DOD"))).isFalse();
    }

    @Test
    void anAgencyActsOnlyOnItsOwnReferralAndAComponentOnlyOnItsOwnAssessment() {
        Target defense = new Target(CASE, "Referral", "r", "DOD", null, null);
        assertThat(CaseAction.RECORD_POSITION.who().permits(DAN, defense)).isTrue();
        assertThat(CaseAction.RECORD_POSITION.who().permits(SAM, defense)).isFalse();
        assertThat(CaseAction.REQUEST_ASSESSMENTS.who().permits(DAN, defense)).isTrue();
        assertThat(CaseAction.REQUEST_ASSESSMENTS.who().permits(staff("dora", Role.REVIEWER, "DOD", null), defense))
                .as("only an arbiter asks for assessments").isFalse();
        Target army = new Target(CASE, "Assessment", "a", "DOD", "ARMY", null);
        assertThat(CaseAction.RECORD_ASSESSMENT.who().permits(ARI, army)).isTrue();
        assertThat(CaseAction.RECORD_ASSESSMENT.who().permits(NINA, army)).isFalse();
        assertThat(CaseAction.RECORD_ASSESSMENT.who().permits(DAN, army)).isFalse();
    }

    @Test
    void bisAnalystsAloneTakeBisActionsAndAnAdministratorAloneRecordsTheUnderSecretarysDecision() {
        Target onCase = Target.ofCase(CASE);
        CurrentUser bianca = staff("bianca", Role.ANALYST, "BIS", null);
        CurrentUser analystElsewhere = staff("ann", Role.ANALYST, "STATE", null);
        for (CaseAction action : new CaseAction[] {CaseAction.REVIEW, CaseAction.DECIDE, CaseAction.HOLD,
            CaseAction.UPLOAD_DOCUMENT, CaseAction.ISSUE_INTENT_TO_DENY}) {
            assertThat(action.who().permits(bianca, onCase)).as("%s by BIS's analyst", action).isTrue();
            assertThat(action.who().permits(analystElsewhere, onCase)).as("%s by another's", action).isFalse();
            assertThat(action.who().permits(ADA, onCase)).as("%s by an administrator", action).isFalse();
        }
        assertThat(CaseAction.DECIDE_DENIAL_APPEAL.who().permits(ADA, onCase)).isTrue();
        assertThat(CaseAction.DECIDE_DENIAL_APPEAL.who().permits(bianca, onCase)).isFalse();
    }

    private static Target task(String group) {
        return new Target(CASE, "Task", "t", null, null, group);
    }

    private static CurrentUser staff(String name, Role role, String agency, String component) {
        return new CurrentUser(name, name, Set.of(role), agency, component, null);
    }
}
