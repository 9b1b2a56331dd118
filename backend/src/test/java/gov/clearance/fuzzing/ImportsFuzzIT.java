package gov.clearance.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.clearance.fuzzing.FuzzedFiles.Content;
import gov.clearance.fuzzing.FuzzedFiles.Multipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The importers, fuzzed through the API: reference data files, the screening list (CSV and JSON) and
 * support documents. Whatever arrives is imported whole or refused with problem+json and nothing stored
 * (no version, list, entry, document version or stored file); a file over the limit is refused with 413;
 * never a server error. {@code ./mvnw verify} replays the committed inputs in {@code ImportsFuzzITInputs/}.
 */
class ImportsFuzzIT {

    private static final String SHIPPED = "db/migration/reference/";
    private static final List<String> DATASETS = List.of("country-chart", "country-groups", "eccns", "countries");
    private static final Map<String, byte[]> REFERENCE_FILES = Map.of(
            "country-chart", FuzzedFiles.resource(SHIPPED + "ear/country-chart.csv"),
            "country-groups", FuzzedFiles.resource(SHIPPED + "ear/country-groups.csv"),
            "eccns", FuzzedFiles.resource(SHIPPED + "ear/eccn-sample.csv"),
            "countries", FuzzedFiles.resource(SHIPPED + "ear/country-codes.csv"));
    private static final byte[] SCREENING_CSV =
            FuzzedFiles.resource(SHIPPED + "screening/consolidated-screening-list-sample.csv");
    private static final byte[] SCREENING_JSON =
            FuzzedFiles.resource(SHIPPED + "screening/consolidated-screening-list-sample.json");
    private static final String[] LIST_TYPES = {"text/csv", "application/json", "text/csv; charset=UTF-8",
        "application/json; charset=UTF-8", "text/plain", "application/octet-stream", "TEXT/CSV", "application/jsonx"};
    private static final String[] DOCUMENT_TYPES = {"LETTER_OF_EXPLANATION", "TECHNICAL_SPECIFICATION",
        "END_USER_STATEMENT", "IMPORT_CERTIFICATE", "OTHER", "other", "", "LETTER_OF_EXPLANATION,OTHER"};
    private static final byte[] PDF = onePagePdf();

    @FuzzTest(maxDuration = "5m")
    void everyReferenceFileIsImportedWholeOrRefusedWithNothingStored(FuzzedDataProvider data) {
        FuzzedApplication application = FuzzedApplication.get();
        String dataset = data.pickValue(DATASETS);
        Content file = FuzzedFiles.text(data, REFERENCE_FILES.get(dataset), FuzzedApplication.IMPORT_LIMIT);
        boolean withFile = data.consumeInt(0, 15) != 15;
        String fileName = data.consumeBoolean() ? data.consumeString(80) : dataset + ".csv";
        Multipart body = Multipart.of(List.of(), fileName, "text/csv", withFile ? file.bytes() : null);

        sent(application, "ada", "/api/admin/reference-data/" + dataset, body.contentType(), body.bytes(),
                data.consumeBoolean(), withFile ? file.overLimit() : 0, dataset + " file of " + file.describe());
    }

    @FuzzTest(maxDuration = "5m")
    void everyScreeningListIsImportedWholeOrRefusedWithNothingStored(FuzzedDataProvider data) {
        FuzzedApplication application = FuzzedApplication.get();
        boolean json = data.consumeBoolean();
        Content list = FuzzedFiles.text(data, json ? SCREENING_JSON : SCREENING_CSV, FuzzedApplication.IMPORT_LIMIT);
        String contentType = data.consumeInt(0, 7) == 7 ? data.pickValue(LIST_TYPES) : LIST_TYPES[json ? 1 : 0];
        String fileName = data.consumeBoolean()
                ? "?fileName=" + URLEncoder.encode(data.consumeString(80), StandardCharsets.UTF_8) : "";

        sent(application, "ada", "/api/admin/screening-lists" + fileName, contentType, list.bytes(),
                data.consumeBoolean(), list.overLimit(), contentType + " list of " + list.describe());
    }

    @FuzzTest(maxDuration = "5m")
    void everySupportDocumentIsStoredWholeOrRefusedWithNothingStored(FuzzedDataProvider data) {
        FuzzedApplication application = FuzzedApplication.get();
        boolean staff = data.consumeBoolean();
        String path = staff ? "/api/staff/applications/" + application.cases().underReview() + "/documents"
                : "/api/applicant/applications/" + application.cases().draft() + "/documents";
        List<String[]> fields = new ArrayList<>();
        int type = data.consumeInt(0, DOCUMENT_TYPES.length + 1);
        if (type < DOCUMENT_TYPES.length) {
            fields.add(new String[] {"type", DOCUMENT_TYPES[type]});
        } else if (type == DOCUMENT_TYPES.length) {
            fields.add(new String[] {"type", data.consumeString(40)});
        }
        switch (data.consumeInt(0, 3)) {
            case 1 -> fields.add(new String[] {"replaces", UUID.randomUUID().toString()});
            case 2 -> fields.add(new String[] {"replaces", data.consumeString(40)});
            case 3 -> fields.add(new String[] {"replaces", ""});
            default -> { }
        }
        Content file = FuzzedFiles.binary(data, PDF, FuzzedApplication.IMPORT_LIMIT);
        boolean withFile = data.consumeInt(0, 15) != 15;
        String fileName = data.consumeBoolean() ? data.consumeString(300) : "end-user-statement.pdf";
        String fileType = data.consumeInt(0, 7) == 7 ? data.consumeString(40) : "application/pdf";
        Multipart body = Multipart.of(fields, fileName, fileType, withFile ? file.bytes() : null);

        sent(application, staff ? "bianca" : "alice", path, body.contentType(), body.bytes(), data.consumeBoolean(),
                withFile ? file.overLimit() : 0, "document of " + file.describe());
    }

    private static void sent(FuzzedApplication application, String user, String path, String contentType,
            byte[] body, boolean chunked, long overLimit, String what) {
        StoredState before = application.stateBefore();
        Answer answer = application.send(user, "POST", path, contentType, body, chunked);
        StoredState after = application.stateAfter(answer);
        Expectations.answeredWell("POST " + path + (chunked ? " chunked" : "") + " with a " + what, answer, before,
                after, overLimit);
    }

    private static byte[] onePagePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
