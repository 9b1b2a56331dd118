package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.clearance.lifecycle.Api.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The license as a PDF document: what it says, read back from the PDF, and who may download it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenseDocumentIT extends AgainstTestIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANY = "*/*";

    Api api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Alice's application, referred to DOD and STATE, approved with a DoD and a BIS condition. */
    private String licensed;
    private String consignee;
    private JsonNode license;
    /** Alice's application, referred to DOD and not yet decided. */
    private String undecided;

    @BeforeAll
    void approveACaseWithConditions() {
        api = new Api(port);
        Map<String, Object> form = ApplicationForms.valid();
        consignee = ((Map<?, ?>) form.get("ultimateConsignee")).get("name").toString();
        licensed = submitted(form);
        refer(licensed, "DOD", "STATE");
        recordPosition(DAN, licensed, Map.of("type", "APPROVE_WITH_CONDITIONS", "rationale", "Acceptable with a rider.",
                "conditions", List.of("No reexport without prior authorization.")));
        recordPosition(SAM, licensed, Map.of("type", "APPROVE", "rationale", "No objection."));
        Reply decided = api.post(BIANCA, "/api/staff/applications/" + licensed + "/decision",
                Map.of("outcome", "APPROVED_WITH_CONDITIONS", "rationale", "Approve with the DoD rider.",
                        "conditions", List.of("Report installation within 30 days.")));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        license = awaitLicense(licensed);

        undecided = submitted(ApplicationForms.valid());
        refer(undecided, "DOD");
    }

    @Test
    void theApplicantDownloadsTheLicenseWithItsItemsConditionsAndValidity() {
        String number = license.path("licenseNumber").asText();
        LocalDate from = LocalDate.parse(license.path("validFrom").asText());
        LocalDate until = LocalDate.parse(license.path("validUntil").asText());
        assertThat(until).isEqualTo(from.plusYears(4));

        Download download = download(ALICE, "/api/applicant/applications/" + licensed + "/license.pdf", ANY);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.disposition()).isEqualTo("attachment; filename=\"" + number + ".pdf\"; filename*=UTF-8''"
                + number + ".pdf");

        String text = text(download.body());
        String controlNumber = api.get(ALICE, "/api/applicant/applications/" + licensed).text("controlNumber");
        assertThat(text).startsWith("Export License")
                .contains("License number " + number)
                .contains("Application control number " + controlNumber)
                .contains("Date of issue " + from)
                .contains("Valid from " + from)
                .contains("Valid until " + until)
                .contains("Licensee Name Acme Exports Inc. Address 1 Main St, Arlington VA 22201 "
                        + "Country United States (US)")
                .contains("Ultimate consignee Name " + consignee + " Address Hansastrasse 27c, 80686 Munich "
                        + "Country Germany (DE)")
                .contains("1 3A001.a.1 MX-200 Focal plane array detector 10 EA 1,500.00 15,000.00")
                .contains("2 EAR99 Cable kit Focal plane array detector 4 EA 25.50 102.00")
                .contains("Total value USD 15,102.00")
                .contains("1. No reexport without prior authorization. Author agency: DOD, Department of Defense")
                .contains("2. Report installation within 30 days. Author agency: BIS, Bureau of Industry and Security");
    }

    @Test
    void theDocumentIsAPdfWhateverTheClientAcceptsAndItsAbsenceIsProblemJson() {
        Download asJson = download(ALICE, "/api/applicant/applications/" + licensed + "/license.pdf",
                "application/json, application/problem+json");
        assertThat(asJson.status()).isEqualTo(200);
        assertThat(asJson.contentType()).isEqualTo("application/pdf");
        assertThat(text(asJson.body())).contains(license.path("licenseNumber").asText());

        Download none = download(ALICE, "/api/applicant/applications/" + undecided + "/license.pdf",
                "application/pdf");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherOrganizationsApplicantGetsNotFound() {
        Download foreign = download(BOB, "/api/applicant/applications/" + licensed + "/license.pdf", ANY);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(problem(foreign).path("detail").asText()).isEqualTo("Application " + licensed + " was not found");
    }

    @Test
    void aCaseWithoutALicenseIsNotFoundAndTheProblemSaysWhy() {
        Download applicant = download(ALICE, "/api/applicant/applications/" + undecided + "/license.pdf", ANY);
        assertThat(applicant.status()).isEqualTo(404);
        assertThat(applicant.contentType()).startsWith("application/problem+json");
        assertThat(problem(applicant).path("detail").asText())
                .isEqualTo("Application " + undecided + " has no license: the case has not been decided");

        Download staff = download(DAN, "/api/staff/applications/" + undecided + "/license.pdf", ANY);
        assertThat(staff.status()).isEqualTo(404);
        assertThat(problem(staff).path("detail").asText()).contains("has no license");
    }

    @Test
    void staffOfTheAgenciesThatSawTheCaseDownloadItAndOthersGetNotFound() {
        String path = "/api/staff/applications/" + licensed + "/license.pdf";
        for (DemoUser reader : List.of(BIANCA, DAN, SAM, ADA)) {
            Download download = download(reader, path, ANY);
            assertThat(download.status()).as(reader.username()).isEqualTo(200);
            assertThat(download.contentType()).isEqualTo("application/pdf");
            assertThat(text(download.body())).as(reader.username())
                    .contains("License number " + license.path("licenseNumber").asText());
        }
        for (DemoUser outsider : List.of(ERIN, JULES, ARI, OSCAR)) {
            Download refused = download(outsider, path, ANY);
            assertThat(refused.status()).as(outsider.username()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(download(ALICE, path, ANY).status()).isEqualTo(403);
    }

    @Test
    void aLongLicenseRunsOverSeveralPagesWithEveryItemAndNamesAsWritten() {
        Map<String, Object> form = ApplicationForms.valid();
        String name = "Zakład Optyki Łódź " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> party = Map.of("name", name, "address", "ul. Piotrkowska 1, 90-001 Łódź",
                "country", "PL");
        form.put("purchaser", party);
        form.put("ultimateConsignee", party);
        form.put("endUsers", List.of(party));
        List<Map<String, Object>> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= 45; i++) {
            BigDecimal price = new BigDecimal(100 + i).setScale(2);
            items.add(ApplicationForms.item("3A001.b.1.a.4", "DX-" + i, "2", price.toPlainString(),
                    price.multiply(BigDecimal.valueOf(2)).toPlainString()));
            total = total.add(price.multiply(BigDecimal.valueOf(2)));
        }
        form.put("items", items);
        form.put("totalValue", total.toPlainString());
        String id = submitted(form);
        refer(id, "STATE");
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "No objection."));
        assertThat(api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "Approve.")).status()).isEqualTo(200);
        awaitLicense(id);

        Download download = download(ALICE, "/api/applicant/applications/" + id + "/license.pdf", ANY);
        assertThat(download.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(download.body())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = text(download.body());
        assertThat(text).contains("Ultimate consignee Name " + name + " Address ul. Piotrkowska 1, 90-001 Łódź "
                + "Country Poland (PL)");
        for (int i = 1; i <= 45; i++) {
            assertThat(text).contains(i + " 3A001.b.1.a.4 DX-" + i + " Focal plane array detector 2 EA");
        }
        assertThat(text).contains("Total value USD " + String.format(java.util.Locale.US, "%,.2f", total))
                .contains("This license carries no conditions.");
    }

    // ------------------------------------------------------------------ reading the document

    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private Download download(DemoUser user, String path, String accept) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", accept)
                    .header("Authorization", "Bearer " + TestIssuer.get().token(user))
                    .GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The document's text as PDFBox reads it back, every run of white space as one space. */
    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode problem(Download download) {
        try {
            return JSON.readTree(new String(download.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ steps

    private String submitted(Map<String, Object> form) {
        return steps().submitted(ALICE.username(), form);
    }

    private void refer(String id, String... agencies) {
        steps().refer(BIANCA.username(), id, "APPROVE", agencies);
    }

    private void recordPosition(DemoUser reviewer, String id, Map<String, Object> position) {
        steps().recordPosition(reviewer.username(), id, position);
    }

    private JsonNode awaitLicense(String id) {
        return steps().awaitLicense(ALICE.username(), id);
    }

    private CaseSteps steps() {
        return CaseSteps.signedByTestIssuer(api);
    }
}
