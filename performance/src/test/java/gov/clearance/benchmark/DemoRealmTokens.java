package gov.clearance.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * Access tokens of the demo realm's people, as the command-line client {@code clearance-cli} gets them
 * (password grant; every demo user's password is their user name). A token is reused by every client
 * of the run until half its lifetime has passed, as a signed-in user's would be.
 */
public final class DemoRealmTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record SignedIn(String accessToken, Instant renewAfter) {
    }

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, SignedIn> sessions = new ConcurrentHashMap<>();

    /** Tokens from the realm of this issuer ({@code http://127.0.0.1:<port>/realms/clearance}). */
    public DemoRealmTokens(String issuer) {
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** A valid access token for the demo user; signs in again when the last token is half-way to expiry. */
    public String accessToken(String username) {
        SignedIn session = sessions.get(username);
        if (session == null || Instant.now().isAfter(session.renewAfter())) {
            session = sessions.compute(username, (user, current) ->
                    current != null && Instant.now().isBefore(current.renewAfter()) ? current : signIn(user));
        }
        return session.accessToken();
    }

    private SignedIn signIn(String username) {
        String form = Map.of("client_id", "clearance-cli", "grant_type", "password", "username", username,
                        "password", username).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .reduce((left, right) -> left + "&" + right).orElseThrow();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(username + " could not sign in: " + response.body());
            }
            JsonNode tokens = JSON.readTree(response.body());
            return new SignedIn(tokens.path("access_token").asText(),
                    Instant.now().plusSeconds(tokens.path("expires_in").asLong() / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(username + " could not reach the token endpoint " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
