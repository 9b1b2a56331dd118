package gov.clearance.lifecycle;

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
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the running application, signing in as a demo user. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, JsonNode body, String contentType, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String text(String path) {
            JsonNode node = body;
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            return node.asText(null);
        }
    }

    Reply get(DemoUser user, String path) {
        return send(user == null ? null : TestIssuer.get().token(user), "GET", path, null);
    }

    /**
     * Every element of a list the server pages by {@code Link: <...>; rel="next"}, page after page; fails on a
     * page that is not a 200.
     */
    public java.util.List<JsonNode> everyPage(DemoUser user, String path) {
        java.util.List<JsonNode> every = new java.util.ArrayList<>();
        String next = path;
        while (next != null) {
            Reply page = get(user, next);
            if (page.status() != 200 || !page.body().isArray()) {
                throw new AssertionError(next + " answered " + page.status() + ": " + page.body());
            }
            page.body().forEach(every::add);
            String link = page.header("Link");
            next = link == null ? null : java.net.URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                    .getRawPath() + "?" + java.net.URI.create(link.substring(link.indexOf('<') + 1,
                            link.indexOf('>'))).getRawQuery();
        }
        return every;
    }

    Reply post(DemoUser user, String path, Object body) {
        return send(user == null ? null : TestIssuer.get().token(user), "POST", path, body);
    }

    Reply put(DemoUser user, String path, Object body) {
        return send(user == null ? null : TestIssuer.get().token(user), "PUT", path, body);
    }

    /** A multipart POST of one file, named {@code file}, with form fields beside it. */
    Reply upload(DemoUser user, String path, Map<String, String> fields, String fileName, String contentType,
            byte[] content) {
        return upload(TestIssuer.get().token(user), path, fields, fileName, contentType, content);
    }

    /** A multipart upload of one file with some form fields, signed in with the given token. */
    public Reply upload(String token, String path, Map<String, String> fields, String fileName, String contentType,
            byte[] content) {
        String boundary = "clearance-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return exchange(request);
    }

    /** A request whose body is sent as given, with its content type. */
    Reply sendRaw(DemoUser user, String method, String path, String contentType, byte[] content) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + TestIssuer.get().token(user))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public Reply send(String token, String method, String path, Object body) {
        return send(token, method, path, body, Map.of());
    }

    /** A request with extra headers, such as {@code Idempotency-Key}. */
    public Reply send(String token, String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json, application/problem+json");
            headers.forEach(request::header);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return exchange(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            // a document (a PDF) is not read as JSON
            JsonNode json = response.body().isBlank() || !type.contains("json") && !type.isEmpty() ? JSON.nullNode()
                    : JSON.readTree(response.body());
            return new Reply(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
