package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API reads no request body larger than its limit (1 MB for JSON, 128 MB for imports, by default): a
 * declared length over it is refused before a byte of the body is sent, and a body sent in chunks is refused
 * once it passes the limit, with 413 problem+json naming the limit, and nothing stored.
 */
class RequestBodyLimitsIT extends AgainstTestIssuer {

    private static final long JSON_LIMIT = 1024 * 1024;
    private static final long IMPORT_LIMIT = 128L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesAJsonBodyDeclaredLargerThanTheLimitBeforeReadingIt() throws IOException {
        RawAnswer answer = headersOnly(DemoUser.ALICE, "/api/applicant/applications", "application/json",
                JSON_LIMIT + 1);

        assertThat(answer.status()).isEqualTo(413);
        assertNamesTheLimit(answer.contentType(), answer.body(), JSON_LIMIT);
    }

    @Test
    void refusesAnImportDeclaredLargerThanTheImportLimitBeforeReadingIt() throws IOException {
        RawAnswer answer = headersOnly(DemoUser.ADA, "/api/admin/screening-lists", "text/csv", IMPORT_LIMIT + 1);

        assertThat(answer.status()).isEqualTo(413);
        assertNamesTheLimit(answer.contentType(), answer.body(), IMPORT_LIMIT);
    }

    @Test
    void refusesAChunkedJsonBodyOnceItPassesTheLimitAndStoresNothing() throws Exception {
        Api api = new Api(port);
        String id = CaseSteps.signedByTestIssuer(api).submitted("alice", ApplicationForms.valid());
        long notes = notes();
        byte[] note = ("{\"text\":\"" + "n".repeat((int) JSON_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = chunked(DemoUser.BIANCA, "/api/staff/applications/" + id + "/notes",
                "application/json", note);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertNamesTheLimit(answer.headers().firstValue("Content-Type").orElse(""), answer.body(), JSON_LIMIT);
        assertThat(notes()).isEqualTo(notes);
    }

    @Test
    void readsAnImportLargerThanTheJsonLimit() throws Exception {
        byte[] list = ("_id,source,name\n" + "x".repeat((int) JSON_LIMIT * 2) + "\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = chunked(DemoUser.ADA, "/api/admin/screening-lists", "text/csv", list);

        // read to the end and refused for what it says, not for its size
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private long notes() {
        return jdbc.queryForObject("select count(*) from casefile_internal_note", Long.class);
    }

    private static void assertNamesTheLimit(String contentType, String body, long limit) throws IOException {
        assertThat(contentType).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("limit").asLong()).isEqualTo(limit);
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("body");
        assertThat(problem.path("errors").path(0).path("reason").asText()).contains(Long.toString(limit));
    }

    record RawAnswer(int status, String contentType, String body) {
    }

    /** Sends the request's headers, declaring a body of the given length, and reads the answer without sending it. */
    private RawAnswer headersOnly(DemoUser user, String path, String contentType, long length) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer "
                    + TestIssuer.get().token(user) + "\r\nAccept: application/json, application/problem+json\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String[] headAndBody = readAnswer(socket.getInputStream()).split("\r\n\r\n", 2);
            int status = Integer.parseInt(headAndBody[0].split(" ")[1]);
            String type = headAndBody[0].lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).strip()).findFirst().orElse("");
            String body = headAndBody[0].toLowerCase().contains("transfer-encoding: chunked")
                    ? dechunked(headAndBody[1]) : headAndBody[1];
            return new RawAnswer(status, type, body);
        }
    }

    /** The answer's head and whole body (a body of a declared length, or chunks up to the last). */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        for (int read = in.read(); read >= 0; read = in.read()) {
            answer.append((char) read);
            int headEnd = answer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                String head = answer.substring(0, headEnd).toLowerCase();
                int bodyLength = answer.length() - headEnd - 4;
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
                if (length.find() ? bodyLength == Integer.parseInt(length.group(1)) : answer.toString().endsWith("\r\n0\r\n\r\n")) {
                    return answer.toString();
                }
            }
        }
        return answer.toString();
    }

    private static String dechunked(String chunked) {
        StringBuilder body = new StringBuilder();
        String rest = chunked;
        while (true) {
            int lineEnd = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(rest, lineEnd + 2, lineEnd + 2 + size);
            rest = rest.substring(lineEnd + 2 + size + 2);
        }
    }

    private HttpResponse<String> chunked(DemoUser user, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + TestIssuer.get().token(user))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
