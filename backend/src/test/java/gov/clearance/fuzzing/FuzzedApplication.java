package gov.clearance.fuzzing;

import com.code_intelligence.jazzer.api.BugDetectors;
import gov.clearance.ClearanceApplication;
import gov.clearance.lifecycle.Api;
import gov.clearance.lifecycle.CaseSteps;
import gov.clearance.lifecycle.DemoUser;
import gov.clearance.lifecycle.TestIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application the fuzz tests send their inputs to: started once per JVM on a throw-away embedded
 * PostgreSQL and a document directory of its own, listening on 127.0.0.1, accepting the test issuer's
 * tokens. Jazzer's JUnit engine runs fuzz tests outside Spring's test context, so the application is held
 * here. Its body limits are small, so that inputs over them are cheap to make.
 */
final class FuzzedApplication {

    /** The fuzzed application's limit for JSON bodies. */
    static final long JSON_LIMIT = 64 * 1024;
    /** The fuzzed application's limit for imports, multipart uploads included. */
    static final long IMPORT_LIMIT = 512 * 1024;

    private static FuzzedApplication running;

    private final ConfigurableApplicationContext context;
    private final int port;
    private final Path documents;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final CaseSteps steps;
    private final CasesInEveryState cases;
    private final StoredState.Reader stored;
    private StoredState afterLastRefusal;

    private FuzzedApplication() {
        documents = Path.of("target", "fuzz-documents", UUID.randomUUID().toString()).toAbsolutePath();
        // command-line arguments outrank application.yml: a fresh temporary database, never the demo one
        context = new SpringApplicationBuilder(ClearanceApplication.class).run(
                "--clearance.database.embedded.data-directory=", "--server.port=0", "--server.address=127.0.0.1",
                "--clearance.identity.local-keycloak.enabled=false",
                "--clearance.identity.issuer=" + TestIssuer.get().issuerUri(),
                "--clearance.documents.directory=" + documents,
                "--clearance.web.max-json-body=" + JSON_LIMIT + "B",
                "--clearance.web.max-import-body=" + IMPORT_LIMIT + "B",
                "--spring.servlet.multipart.max-request-size=" + IMPORT_LIMIT + "B",
                "--spring.servlet.multipart.max-file-size=" + IMPORT_LIMIT + "B",
                "--logging.level.root=WARN", "--logging.level.gov.clearance.web=ERROR",
                "--spring.main.banner-mode=off");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        steps = CaseSteps.signedByTestIssuer(new Api(port));
        stored = new StoredState.Reader(context.getBean(JdbcTemplate.class), documents);
        cases = new CasesInEveryState(steps);
    }

    static synchronized FuzzedApplication get() {
        // every connection goes to the application and the test issuer on this machine, never where an input says
        BugDetectors.allowNetworkConnections((host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
        if (running == null) {
            running = new FuzzedApplication();
        }
        return running;
    }

    CaseSteps steps() {
        return steps;
    }

    CasesInEveryState cases() {
        return cases;
    }

    /**
     * What is stored before the next request, once the application is done with earlier ones (their events,
     * jobs, rescreening): at once when nothing changed since the last refused request and nothing runs in the
     * background, else when it holds still.
     */
    StoredState stateBefore() {
        if (afterLastRefusal != null && !stored.busy()) {
            StoredState now = stored.now(); // read after the busy check, which background work clears last
            if (now.equals(afterLastRefusal)) {
                return now;
            }
        }
        return stored.quiet();
    }

    /** What is stored right after a request, and what the next request starts from if this one was refused. */
    StoredState stateAfter(Answer answer) {
        StoredState after = stored.now();
        afterLastRefusal = answer.refused() ? after : null;
        return after;
    }

    /** Sends a request as the user; the body is sent with its length, or in chunks without one. */
    Answer send(String username, String method, String path, String contentType, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(1))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + TestIssuer.get().token(DemoUser.named(username)))
                .method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream content = response.body()) {
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
