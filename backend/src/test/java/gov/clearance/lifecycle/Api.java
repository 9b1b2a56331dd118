package gov.clearance.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the running application, signing in as a demo user. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Reply(int status, JsonNode body, String contentType) {

        String text(String path) {
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

    Reply post(DemoUser user, String path, Object body) {
        return send(user == null ? null : TestIssuer.get().token(user), "POST", path, body);
    }

    Reply put(DemoUser user, String path, Object body) {
        return send(user == null ? null : TestIssuer.get().token(user), "PUT", path, body);
    }

    Reply send(String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""));
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
