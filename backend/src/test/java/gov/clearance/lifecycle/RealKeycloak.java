package gov.clearance.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The real Keycloak the application starts for the tests (on a free port of 127.0.0.1, with the demo
 * realm), seen from the outside: demo users sign in through its token endpoint with their passwords,
 * and the administrator reaches its admin API.
 */
public final class RealKeycloak {

    public static final int PORT = freePort();
    public static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/clearance";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, SignedIn> SESSIONS = new ConcurrentHashMap<>();

    private record SignedIn(String accessToken, Instant renewAfter) {
    }

    private RealKeycloak() {
    }

    /** An access token for a demo user, signed in with the password grant of {@code clearance-cli}. */
    public static String accessToken(String username) {
        SignedIn session = SESSIONS.get(username);
        if (session == null || Instant.now().isAfter(session.renewAfter())) {
            HttpResponse<String> response = passwordGrant("clearance", "clearance-cli", username, username);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(username + " could not sign in: " + response.body());
            }
            JsonNode tokens = read(response.body());
            session = new SignedIn(tokens.path("access_token").asText(),
                    Instant.now().plusSeconds(tokens.path("expires_in").asLong() / 2));
            SESSIONS.put(username, session);
        }
        return session.accessToken();
    }

    /** The token endpoint's answer to a password grant, whatever it is. */
    public static HttpResponse<String> passwordGrant(String realm, String client, String username, String password) {
        return form("/realms/" + realm + "/protocol/openid-connect/token", Map.of("client_id", client,
                "grant_type", "password", "username", username, "password", password));
    }

    /** Calls Keycloak's admin API as its bootstrap administrator. */
    public static HttpResponse<String> admin(String method, String path, Object body) {
        HttpResponse<String> signedIn = passwordGrant("master", "admin-cli", "admin", "admin");
        String token = read(signedIn.body()).path("access_token").asText();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/admin" + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lets the UI's client sign in and out from an application on this port: its redirect and
     * post-logout addresses (the realm lists the start command's port 8080 only).
     */
    public static void allowSignInFrom(int port) {
        String clients = "/realms/clearance/clients";
        JsonNode web = read(admin("GET", clients + "?clientId=clearance-web", null).body()).get(0);
        String back = "http://127.0.0.1:" + port + "/*";
        ArrayNode redirects =
                (ArrayNode) web.path("redirectUris");
        if (!redirects.toString().contains(back)) {
            redirects.add(back);
            ObjectNode attributes =
                    (ObjectNode) web.path("attributes");
            attributes.put("post.logout.redirect.uris",
                    attributes.path("post.logout.redirect.uris").asText() + "##" + back);
            HttpResponse<String> updated = admin("PUT", clients + "/" + web.path("id").asText(), web);
            if (updated.statusCode() != 204) {
                throw new IllegalStateException("Could not update clearance-web: " + updated.body());
            }
        }
    }

    static HttpResponse<String> form(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
