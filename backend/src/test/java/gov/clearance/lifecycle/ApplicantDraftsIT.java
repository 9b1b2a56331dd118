package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant's drafts (issue 16): a form is checked as submission would check it, every problem in one
 * answer; a draft can be deleted by its organization, and only while it is a draft; and the one business clock
 * the pages show dates by is the application's, in US Eastern days.
 */
class ApplicantDraftsIT extends AgainstTestIssuer {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCheckReportsUnreadableAndMissingFieldsInOneAnswer() {
        Api api = new Api(port);
        Map<String, Object> form = new LinkedHashMap<>(ApplicationForms.valid());
        form.put("contact", Map.of("phone", "+1 202 555 0100"));
        Map<String, Object> item = new HashMap<>(ApplicationForms.item("3A001.a.1", "MX-200", "10", "15,00", "150.00"));
        item.put("quantity", "ten");
        form.put("items", List.of(item));
        form.remove("totalValue");

        JsonNode check = api.post(ALICE, "/api/applicant/applications/validation", form).body();

        Map<String, String> errors = new HashMap<>();
        check.path("errors").forEach(error -> errors.merge(error.path("field").asText(),
                error.path("reason").asText(), (first, second) -> first + "; " + second));
        assertThat(errors).as(check.toPrettyString())
                .containsEntry("items[0].unitPrice", "is not a valid number")
                .containsEntry("items[0].quantity", "is not a valid number")
                .containsEntry("contact.name", "is required")
                .containsEntry("totalValue", "is required")
                .doesNotContainKey("contact.phone");
    }

    @Test
    void aCompleteFormHasNoProblemAndTheCheckStoresNothing() {
        Api api = new Api(port);
        int before = jdbc.queryForObject("select count(*) from intake_application", Integer.class);
        Api.Reply check = api.post(ALICE, "/api/applicant/applications/validation", ApplicationForms.valid());
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body().path("errors").isArray()).isTrue();
        assertThat(check.body().path("errors")).as(check.body().toPrettyString()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from intake_application", Integer.class)).isEqualTo(before);
    }

    @Test
    void aDraftIsDeletedByItsOrganizationOnlyAndTheDeletionIsAudited() {
        Api api = new Api(port);
        String draft = CaseSteps.expect(api.post(ALICE, "/api/applicant/applications", ApplicationForms.valid()), 201)
                .text("id");

        assertThat(api.send(TestIssuer.get().token(BOB), "DELETE", "/api/applicant/applications/" + draft, null)
                .status()).as("another organization's draft").isEqualTo(404);
        assertThat(api.get(ALICE, "/api/applicant/applications/" + draft).status()).isEqualTo(200);

        Api.Reply deleted = api.send(TestIssuer.get().token(ALICE), "DELETE", "/api/applicant/applications/" + draft,
                null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(ALICE, "/api/applicant/applications/" + draft).status()).isEqualTo(404);
        assertThat(jdbc.queryForList("select action from audit_entry where application_id = ?::uuid", String.class,
                draft)).contains("APPLICATION_DRAFTED", "DRAFT_DELETED");
        List<String> listed = StreamSupport.stream(api.get(ALICE, "/api/applicant/applications").body().spliterator(),
                false).map(application -> application.path("id").asText()).toList();
        assertThat(listed).doesNotContain(draft);
    }

    @Test
    void aSubmittedApplicationIsNeverDeleted() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String submitted = steps.submitted(ALICE.username(), ApplicationForms.valid());
        Api.Reply refused = api.send(TestIssuer.get().token(ALICE), "DELETE", "/api/applicant/applications/"
                + submitted, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("detail").asText()).contains("cannot be deleted");
        assertThat(api.get(ALICE, "/api/applicant/applications/" + submitted).status()).isEqualTo(200);
    }

    @Test
    void theBusinessClockIsTheApplicationsTimeInUsEasternDays() {
        JsonNode clock = new Api(port).get(ALICE, "/api/clock").body();
        ZoneId zone = ZoneId.of(clock.path("zone").asText());
        assertThat(zone).isEqualTo(ZoneId.of("America/New_York"));
        Instant now = Instant.parse(clock.path("now").asText());
        assertThat(LocalDate.parse(clock.path("today").asText())).isEqualTo(LocalDate.ofInstant(now, zone));
    }
}
