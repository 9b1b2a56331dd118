package gov.clearance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load's HTTP client against two small servers on 127.0.0.1 standing for two nodes. */
class ClusterApiTest {

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void retriesAnUnavailableNodesRequestOnTheNextNodeWithTheSameIdempotencyKey() {
        String unavailable = node("a", 503);
        String available = node("b", 201);
        EndpointLatencies latencies = new EndpointLatencies();
        ClusterApi api = new ClusterApi(List.of(unavailable, available), user -> "token-of-" + user,
                Duration.ofSeconds(5), latencies);

        ClusterApi.Reply reply = api.send("dan", "POST", "/api/staff/referrals/{id}/position",
                Map.of("type", "APPROVE"), "r-1");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.node()).isEqualTo(available);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).startsWith("a POST /api/staff/referrals/r-1/position key=");
        assertThat(seen.get(1)).startsWith("b POST /api/staff/referrals/r-1/position key=");
        assertThat(key(seen.get(0))).isEqualTo(key(seen.get(1))).isEqualTo(reply.idempotencyKey()).isNotBlank();
        assertThat(api.retries()).isEqualTo(1);
        assertThat(latencies.percentiles()).containsOnlyKeys("POST /api/staff/referrals/{id}/position");
    }

    @Test
    void retriesARefusedConnectionAndSendsSafeRequestsWithoutAKey() {
        String gone = "http://127.0.0.1:" + DatabaseServer.freePort();
        String available = node("b", 200);
        ClusterApi api = new ClusterApi(List.of(gone, available), user -> "t", Duration.ofSeconds(5),
                new EndpointLatencies());

        assertThat(api.send("alice", "GET", "/api/applicant/applications/{id}", null, "x").status()).isEqualTo(200);
        assertThat(api.retries()).isEqualTo(1);
        assertThat(seen).containsExactly("b GET /api/applicant/applications/x key=null");
    }

    @Test
    void givesUpWhenNoNodeAnswersWithinTheRetryLimit() {
        ClusterApi api = new ClusterApi(List.of(node("a", 503)), user -> "t", Duration.ofMillis(300),
                new EndpointLatencies());

        assertThatThrownBy(() -> api.send("bianca", "POST", "/api/staff/applications/{id}/decision", Map.of(), "x"))
                .isInstanceOf(ClusterApi.RequestFailed.class).hasMessageContaining("not answered within");
    }

    private String node(String name, int status) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                seen.add(name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " key="
                        + exchange.getRequestHeaders().getFirst(ClusterApi.IDEMPOTENCY_KEY));
                exchange.getRequestBody().readAllBytes();
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            servers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(String request) {
        return request.substring(request.indexOf("key=") + 4);
    }
}
