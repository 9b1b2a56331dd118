package gov.clearance.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Clearance's HTTP API as the clients of a cluster reach it: each request goes to the next node of the
 * list in turn. Every unsafe request carries an {@code Idempotency-Key}, one per logical request; when
 * the connection fails or a node answers 503, the same request, with the same key, goes to the next
 * node after a short backoff, until it is answered or the retry limit is reached. Each logical request
 * is timed, retries included, under its endpoint's path template.
 */
public final class ClusterApi {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The answer to a request.
     *
     * @param idempotencyKey the key it carried (empty for a safe request)
     * @param node the base URL of the node that answered
     */
    public record Reply(int status, JsonNode body, String idempotencyKey, String node) {

        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    /** A request refused or never answered, after any retries. */
    public static final class RequestFailed extends RuntimeException {

        RequestFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<String> nodes;
    private final Function<String, String> tokens;
    private final Duration retryLimit;
    private final EndpointLatencies latencies;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();

    /**
     * @param nodes the nodes' base URLs ({@link ClearanceNode#baseUrl()})
     * @param tokens a user name to a bearer token ({@link DemoRealmTokens#accessToken(String)})
     * @param retryLimit how long one logical request may keep being retried
     * @param latencies where each request's time goes
     */
    public ClusterApi(List<String> nodes, Function<String, String> tokens, Duration retryLimit,
            EndpointLatencies latencies) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("No node to send requests to");
        }
        this.nodes = List.copyOf(nodes);
        this.tokens = tokens;
        this.retryLimit = retryLimit;
        this.latencies = latencies;
    }

    /**
     * Sends a request as the user and returns the answer, whatever its status (other than 503, which is
     * retried). The path is the template with each {@code {name}} replaced by the next value.
     */
    public Reply send(String user, String method, String template, Object body, Object... values) {
        boolean unsafe = !method.equals("GET") && !method.equals("HEAD");
        String key = unsafe ? UUID.randomUUID().toString() : "";
        String path = expand(template, values);
        String payload = body == null ? null : json(body);
        long started = System.nanoTime();
        long deadline = started + retryLimit.toNanos();
        for (int attempt = 0; ; attempt++) {
            String node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
            Exception failure;
            try {
                HttpResponse<String> response = http.send(request(user, method, node + path, payload, key),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503) {
                    latencies.record(method + " " + template, System.nanoTime() - started);
                    JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
                    return new Reply(response.statusCode(), json, key, node);
                }
                failure = new IOException(node + " answered 503");
            } catch (IOException unreachable) {
                failure = unreachable;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RequestFailed(method + " " + path + " was interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                throw new RequestFailed(method + " " + path + " not answered within " + retryLimit + " ("
                        + (attempt + 1) + " attempts)", failure);
            }
            retries.incrementAndGet();
            pause(Math.min(2_000, 50L << Math.min(attempt, 6)));
        }
    }

    /** How many requests were sent again, over the whole run. */
    public long retries() {
        return retries.get();
    }

    /** The latencies of every request this API has sent. */
    public EndpointLatencies latencies() {
        return latencies;
    }

    public List<String> nodes() {
        return nodes;
    }

    private HttpRequest request(String user, String method, String url, String payload, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + tokens.apply(user));
        if (!key.isEmpty()) {
            request.header(IDEMPOTENCY_KEY, key);
        }
        if (payload != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(payload));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    static String expand(String template, Object... values) {
        StringBuilder path = new StringBuilder();
        int value = 0;
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                path.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, at, open).append(values[value++]);
            at = close + 1;
        }
        if (value != values.length) {
            throw new IllegalArgumentException(template + " takes " + value + " values, not " + values.length);
        }
        return path.toString();
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON: " + body, e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestFailed("interrupted while waiting to retry", e);
        }
    }
}
