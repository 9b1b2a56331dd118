package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.ARI;
import static gov.clearance.lifecycle.DemoUser.BEA;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.BOB;
import static gov.clearance.lifecycle.DemoUser.DAN;
import static gov.clearance.lifecycle.DemoUser.DEX;
import static gov.clearance.lifecycle.DemoUser.ERIN;
import static gov.clearance.lifecycle.DemoUser.OSCAR;
import static gov.clearance.lifecycle.DemoUser.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/**
 * Support documents: the applicant and BIS upload PDFs (checked by their content), replacements are
 * new versions, and the agencies the case was referred to read them; nobody else does.
 */
class SupportDocumentsIT extends AgainstTestIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApplicantUploadsAndReplacesADocumentAndTheReferredAgenciesReadEveryVersion() throws Exception {
        CaseSteps steps = CaseSteps.signedByTestIssuer(new Api(port));
        String draft = new Api(port).post(ALICE, "/api/applicant/applications", ApplicationForms.valid()).text("id");
        byte[] first = pdf(1);
        Api.Reply uploaded = upload(ALICE, "/api/applicant/applications/" + draft + "/documents",
                Map.of("type", "END_USER_STATEMENT"), "statement.pdf", first);
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        assertThat(uploaded.body().path("version").asInt()).isEqualTo(1);
        assertThat(uploaded.body().path("sha256").asText()).isEqualTo(sha256(first));
        String documentId = uploaded.body().path("documentId").asText();

        steps.submittedDraft(ALICE.username(), draft);
        Api.Reply replaced = upload(ALICE, "/api/applicant/applications/" + draft + "/documents",
                Map.of("type", "END_USER_STATEMENT", "replaces", documentId), "statement-signed.pdf", pdf(2));
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(replaced.body().path("version").asInt()).isEqualTo(2);
        assertThat(upload(BIANCA, "/api/staff/applications/" + draft + "/documents",
                Map.of("type", "LETTER_OF_EXPLANATION"), "bis-note.pdf", pdf(1)).status()).isEqualTo(201);

        assertThat(new Api(port).get(DAN, "/api/staff/applications/" + draft + "/documents").status())
                .as("not yet referred to DoD").isEqualTo(404);
        steps.refer(BIANCA.username(), draft, "APPROVE", "DOD", "STATE");
        JsonNode seenByDefense = new Api(port).get(DAN, "/api/staff/applications/" + draft + "/documents").body();
        assertThat(seenByDefense).hasSize(3);
        assertThat(seenByDefense.findValuesAsText("latest")).containsExactly("false", "true", "true");
        assertThat(new Api(port).get(ERIN, "/api/staff/applications/" + draft + "/documents").status()).isEqualTo(404);
        assertThat(new Api(port).get(BOB, "/api/applicant/applications/" + draft + "/documents").status())
                .isEqualTo(404);
        assertThat(upload(SAM, "/api/staff/applications/" + draft + "/documents", Map.of("type", "OTHER"),
                "state.pdf", pdf(1)).status()).as("agencies read, BIS adds").isEqualTo(403);

        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/staff/applications/" + draft + "/documents/" + uploaded.body().path("id").asText()
                        + "/content"))
                .header("Authorization", "Bearer " + TestIssuer.get().token(SAM)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.body()).isEqualTo(first);
        String content = "/documents/" + uploaded.body().path("id").asText() + "/content";
        assertThat(new Api(port).get(ERIN, "/api/staff/applications/" + draft + content).status())
                .as("Energy was not referred the case").isEqualTo(404);
        assertThat(new Api(port).get(BOB, "/api/applicant/applications/" + draft + content).status())
                .as("another organization").isEqualTo(404);
    }

    @Test
    void documentsFollowTheCaseWhoeverSeesItReadsThemAndNobodyElse() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        String note = upload(BIANCA, "/api/staff/applications/" + id + "/documents", Map.of("type", "OTHER"),
                "bis-note.pdf", pdf(1)).text("id");
        steps.refer(BIANCA.username(), id, "APPROVE", "DOD");
        String documents = "/api/staff/applications/" + id + "/documents";
        String content = documents + "/" + note + "/content";

        // the Army was not asked to assess it, the OC chair sees no undisputed case, nobody appealed it
        for (DemoUser outsider : List.of(ARI, OSCAR, BEA, DEX)) {
            assertThat(api.get(outsider, "/api/staff/applications/" + id).status())
                    .as("the case, for %s", outsider.username()).isEqualTo(404);
            assertThat(api.get(outsider, documents).status()).as("its documents, for %s", outsider.username())
                    .isEqualTo(404);
            assertThat(api.get(outsider, content).status()).as("a document, for %s", outsider.username())
                    .isEqualTo(404);
        }
        assertThat(api.get(DAN, documents).status()).isEqualTo(200);

        String referral = steps.referralOf(DAN.username(), id);
        assertThat(api.post(DAN, "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("ARMY"))).status()).isEqualTo(201);
        assertThat(api.get(ARI, documents).body().findValuesAsText("id")).as("once the Army is asked to assess")
                .containsExactly(note);
    }

    @Test
    void refusesWhatIsNotAWellFormedUnencryptedPdfAndStoresNothing() throws Exception {
        String draft = new Api(port).post(ALICE, "/api/applicant/applications", ApplicationForms.valid()).text("id");
        String path = "/api/applicant/applications/" + draft + "/documents";

        assertRefused(upload(ALICE, path, Map.of("type", "OTHER"), "looks-like.pdf",
                "This is a letter, not a PDF.".getBytes(StandardCharsets.UTF_8)), "file");
        byte[] truncated = pdf(3);
        byte[] broken = java.util.Arrays.copyOf(truncated, 40);
        assertRefused(upload(ALICE, path, Map.of("type", "OTHER"), "broken.pdf", broken), "file");
        assertRefused(upload(ALICE, path, Map.of("type", "OTHER"), "locked.pdf", encryptedPdf()), "file");
        assertRefused(upload(ALICE, path, Map.of(), "untyped.pdf", pdf(1)), "type");
        assertRefused(upload(ALICE, path, Map.of("type", "OTHER", "replaces", UUID.randomUUID().toString()),
                "stray.pdf", pdf(1)), "replaces");

        byte[] huge = new byte[26 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        Api.Reply tooLarge = upload(ALICE, path, Map.of("type", "OTHER"), "huge.pdf", huge);
        assertThat(tooLarge.status()).isIn(400, 413);
        assertThat(tooLarge.body().path("errors").findValuesAsText("field")).containsExactly("file");

        assertThat(new Api(port).get(ALICE, path).body()).isEmpty();
    }

    @Test
    void aDownloadIsAnAttachmentThatKeepsItsNameInAnyScriptAndWithoutItsPath() throws Exception {
        String draft = new Api(port).post(ALICE, "/api/applicant/applications", ApplicationForms.valid()).text("id");
        String documents = "/api/applicant/applications/" + draft + "/documents";
        String japanese = upload(ALICE, documents, Map.of("type", "OTHER"), "日本語.pdf", pdf(1)).text("id");
        String nested = upload(ALICE, documents, Map.of("type", "OTHER"), "../../reports/q3 final.pdf", pdf(2))
                .text("id");

        assertThat(contentDisposition(documents + "/" + japanese + "/content"))
                .startsWith("attachment;").contains("filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E.pdf");
        assertThat(contentDisposition(documents + "/" + nested + "/content"))
                .isEqualTo("attachment; filename=\"q3 final.pdf\"; filename*=UTF-8''q3%20final.pdf");
    }

    @Test
    void refusesAPdfWithActiveContentNamingWhatWasFound() throws Exception {
        String draft = new Api(port).post(ALICE, "/api/applicant/applications", ApplicationForms.valid()).text("id");
        String path = "/api/applicant/applications/" + draft + "/documents";
        byte[] withScript;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(
                    new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)"));
            document.save(out);
            withScript = out.toByteArray();
        }

        Api.Reply refused = upload(ALICE, path, Map.of("type", "OTHER"), "script.pdf", withScript);

        assertRefused(refused, "file");
        assertThat(refused.body().path("errors").path(0).path("reason").asText()).contains("JavaScript", "OpenAction");
        assertThat(new Api(port).get(ALICE, path).body()).isEmpty();
    }

    private String contentDisposition(String path) throws Exception {
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestIssuer.get().token(ALICE)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        return download.headers().firstValue("Content-Disposition").orElse("");
    }

    // ------------------------------------------------------------------ helpers

    private Api.Reply upload(DemoUser user, String path, Map<String, String> fields, String fileName, byte[] content) {
        return new Api(port).upload(user, path, fields, fileName, "application/pdf", content);
    }

    private static void assertRefused(Api.Reply upload, String field) {
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(400);
        assertThat(upload.body().path("errors").findValuesAsText("field")).containsExactly(field);
    }

    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encryptedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
