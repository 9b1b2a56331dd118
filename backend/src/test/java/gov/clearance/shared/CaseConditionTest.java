package gov.clearance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseConditionTest {

    private static final CaseCondition REFERRED_TO_DOD = new CaseCondition(
            "exists (select 1 from r where r.application_id = {case} and r.agency = :agency)", Map.of("agency", "DOD"));
    private static final CaseCondition REFERRED_TO_STATE = new CaseCondition(
            "exists (select 1 from r where r.application_id = {case} and r.agency = :agency)",
            Map.of("agency", "STATE"));

    @Test
    void putsTheSearchsOwnColumnWhereTheCaseIdStands() {
        assertThat(REFERRED_TO_DOD.on("a.id"))
                .isEqualTo("exists (select 1 from r where r.application_id = a.id and r.agency = :agency)");
    }

    @Test
    void combinesConditionsWhoseParametersShareANameWithoutTheirValuesClashing() {
        CaseCondition both = CaseCondition.allOf(List.of(REFERRED_TO_DOD, REFERRED_TO_STATE));
        assertThat(both.on("a.id")).isEqualTo("(exists (select 1 from r where r.application_id = a.id and r.agency = "
                + ":c0_agency) and exists (select 1 from r where r.application_id = a.id and r.agency = :c1_agency))");
        assertThat(both.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("c0_agency", "DOD", "c1_agency", "STATE"));
    }

    @Test
    void renamesOnlyWholeParameterNamesAndLeavesCastsAlone() {
        CaseCondition cast = new CaseCondition("{case} = any(cast(:ids as uuid[])) or :idsToo::text is null",
                Map.of("ids", "x", "idsToo", "y"));
        CaseCondition either = CaseCondition.anyOf(List.of(REFERRED_TO_DOD, cast));
        assertThat(either.on("id")).endsWith("or id = any(cast(:c1_ids as uuid[])) or :c1_idsToo::text is null)");
    }

    @Test
    void anyOfNothingHoldsForNoCase() {
        assertThat(CaseCondition.anyOf(List.of()).on("id")).isEqualTo("(id is null and id is not null)");
    }

    @Test
    void refusesSqlThatDoesNotNameTheCase() {
        assertThatThrownBy(() -> new CaseCondition("true", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
