package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every answer, whoever serves it (the API, the UI's files, Swagger UI, the error page, Spring Security's
 * firewall, Tomcat itself), carries a Content-Security-Policy that allows no inline script and only the
 * application's own origin and its issuer, a Referrer-Policy and a Permissions-Policy; every error is
 * problem+json like the API's; and the engine takes no process variable in Java's serialized form.
 */
class SecurityHeadersIT extends AgainstTestIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String issuerOrigin = origin(TestIssuer.get().issuerUri());
        for (Raw answer : List.of(
                get("/api/me", DemoUser.BIANCA, "application/json"),
                get("/api/me", null, "application/json"),
                get("/api/identity/configuration", null, "application/json"),
                get("/", null, BROWSER),
                get("/index.html", null, BROWSER),
                get("/tasks", null, BROWSER),
                get("/favicon.svg", null, "*/*"),
                get("/swagger-ui/index.html", null, BROWSER),
                get("/v3/api-docs", null, "application/json"),
                get("/error", null, BROWSER),
                get("/no-such-page", null, BROWSER),
                get("/api;jsessionid=x/me", null, BROWSER),
                get("/api/%2e%2e/camunda/app/", null, BROWSER),
                get("/camunda/app/cockpit/default/", null, BROWSER))) {
            String csp = answer.header("Content-Security-Policy");
            assertThat(csp).as("the CSP of %s", answer.describe()).isNotNull();
            Map<String, String> directives = directives(csp);
            assertThat(directives.get("default-src")).as("%s", answer.describe()).isEqualTo("'self'");
            assertThat(directives.get("script-src")).as("%s", answer.describe()).isEqualTo("'self'");
            assertThat(directives.get("object-src")).as("%s", answer.describe()).isEqualTo("'none'");
            assertThat(directives.get("frame-ancestors")).as("%s", answer.describe()).isEqualTo("'none'");
            assertThat(directives.get("connect-src")).as("%s", answer.describe()).isEqualTo("'self' " + issuerOrigin);
            assertThat(answer.header("Referrer-Policy")).as("%s", answer.describe()).isEqualTo("same-origin");
            assertThat(answer.header("Permissions-Policy")).as("%s", answer.describe())
                    .contains("camera=()", "microphone=()", "geolocation=()");
        }
    }

    @Test
    void theUserInterfaceHasNoInlineScript() {
        Raw index = get("/index.html", null, BROWSER);

        assertThat(index.status()).isEqualTo(200);
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(index.body());
        int found = 0;
        while (scripts.find()) {
            found++;
            assertThat(scripts.group(1)).as("every script of the UI is a file of its own").contains("src=\"/");
        }
        assertThat(found).isPositive();
        assertThat(index.body()).as("no inline event handler").doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContain("javascript:");
    }

    @Test
    void theErrorPageAnswersProblemJson() {
        Raw error = get("/error", null, BROWSER);

        assertProblem(error, 404);
        assertThat(error.body()).doesNotContain("Whitelabel", "timestamp");
    }

    @Test
    void refusalsOfTheFirewallAndOfTomcatAnswerProblemJson() {
        assertProblem(get("/no-such-page", null, BROWSER), 404);
        // Spring Security's firewall: a path parameter, a path that climbs out of its directory
        assertProblem(get("/api;jsessionid=x/me", null, BROWSER), 400);
        assertProblem(get("/api/%2e%2e/camunda/app/", null, BROWSER), 400);
        // Tomcat itself, before any filter: an encoded slash, a character no request target may hold
        assertProblem(get("/api/applicant%2Fapplications", null, BROWSER), 400);
        assertProblem(get("/api/a\"b", null, BROWSER), 400);
    }

    @Test
    void aNonAdministratorAtTheEngineApiGetsProblemJson() {
        assertProblem(get("/engine-rest/process-definition", DemoUser.BIANCA, BROWSER), 403);
    }

    @Test
    void theEngineRefusesAProcessVariableInJavasSerializedForm() throws IOException {
        String id = CaseSteps.signedByTestIssuer(new Api(port)).submitted("alice", ApplicationForms.valid());
        String token = TestIssuer.get().token(DemoUser.ADA);
        Api api = new Api(port);
        JsonNode instances = api.send(token, "GET", "/engine-rest/process-instance?businessKey=" + id, null).body();
        String instance = instances.path(0).path("id").asText();
        assertThat(instance).isNotBlank();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("DOD")));
        }
        Map<String, Object> serialized = Map.of("type", "Object",
                "value", Base64.getEncoder().encodeToString(bytes.toByteArray()),
                "valueInfo", Map.of("objectTypeName", "java.util.ArrayList",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        Api.Reply put = api.send(token, "PUT", "/engine-rest/process-instance/" + instance + "/variables/smuggled",
                serialized);

        // the engine's own REST API answers its refusals its own way (this one as a 500 naming the rule)
        assertThat(put.status()).as(put.body().toString()).isGreaterThanOrEqualTo(400);
        assertThat(put.body().path("message").asText()).contains("Java serialization format is prohibited");
        assertThat(api.send(token, "GET", "/engine-rest/process-instance/" + instance + "/variables/smuggled", null)
                .status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertProblem(Raw answer, int status) {
        assertThat(answer.status()).as(answer.describe()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.describe()).startsWith("application/problem+json");
        try {
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).as(answer.describe()).isEqualTo(status);
            assertThat(problem.path("title").asText()).as(answer.describe()).isNotBlank();
            assertThat(problem.path("detail").asText()).as(answer.describe()).isNotBlank();
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + answer.describe(), e);
        }
    }

    private static Map<String, String> directives(String csp) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : csp.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return directives;
    }

    private static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private record Raw(String target, int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String describe() {
            return "GET " + target + " answered " + status + " " + headers + " " + body.substring(0,
                    Math.min(300, body.length()));
        }
    }

    /** A GET sent byte for byte as given (no client tidies the request target), and its whole answer. */
    private Raw get(String target, DemoUser user, String accept) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: " + accept + "\r\n"
                    + (user == null ? "" : "Authorization: Bearer " + TestIssuer.get().token(user) + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = readAll(socket.getInputStream());
            String[] headAndBody = answer.split("\r\n\r\n", 2);
            String[] lines = headAndBody[0].split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
            String body = headAndBody.length > 1 ? headAndBody[1] : "";
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunked(body);
            }
            return new Raw(target, Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(target, e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String dechunked(String chunked) {
        StringBuilder body = new StringBuilder();
        String rest = chunked;
        while (!rest.isEmpty()) {
            int lineEnd = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes: cut by bytes
            byte[] bytes = rest.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            rest = rest.substring(lineEnd + 2 + chunk.length() + 2);
        }
        return body.toString();
    }
}
