package gov.clearance.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * A Keycloak server on 127.0.0.1 with the demo realm: unpacks the server the build fetched, imports
 * {@code keycloak/clearance-realm.json} into an in-memory store (so every start has exactly the realm in
 * the repository) and waits until the realm answers. The start command runs one for the application;
 * benchmarks and tests that run several application nodes start one of their own and point the nodes
 * at {@link #issuer()}.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    /** How long a start may take: 3 minutes, or {@code CLEARANCE_KEYCLOAK_STARTUP_SECONDS} on a slow machine. */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(Long.parseLong(
            System.getenv().getOrDefault("CLEARANCE_KEYCLOAK_STARTUP_SECONDS", "180")));
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(10);

    private final Process server;
    private final int port;

    private KeycloakServer(Process server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the server and returns once the demo realm answers.
     *
     * @param distribution the Keycloak server zip the build fetched ({@code backend/target/keycloak/...})
     * @param home where the server is unpacked (once per distribution)
     * @param port the port on 127.0.0.1
     */
    public static KeycloakServer start(Path distribution, Path home, int port) throws IOException, InterruptedException {
        Path installation = unpack(distribution, home.toAbsolutePath().normalize());
        Path imports = installation.resolve("data").resolve("import");
        Files.createDirectories(imports);
        try (InputStream realm = new ClassPathResource("keycloak/clearance-realm.json").getInputStream()) {
            Files.copy(realm, imports.resolve("clearance-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path launcher = installation.resolve("bin").resolve("kc.sh");
        launcher.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--db=dev-mem", "--import-realm"))
                .redirectErrorStream(true)
                .redirectOutput(installation.resolve("keycloak.log").toFile());
        builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        log.info("Starting the local Keycloak on http://127.0.0.1:{} (log: {})", port,
                installation.resolve("keycloak.log"));
        KeycloakServer started = new KeycloakServer(builder.start(), port);
        try {
            started.awaitRealm();
        } catch (InterruptedException | RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    /** The demo realm's issuer, as tokens name it. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/clearance";
    }

    private static Path unpack(Path distribution, Path home) throws IOException {
        Path zip = distribution.toAbsolutePath();
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution " + zip + " is missing; build with "
                    + "'./mvnw -DskipTests package' first, or set CLEARANCE_ISSUER_URI to use another issuer");
        }
        Path marker = home.resolve(".unpacked-" + Files.size(zip));
        Path root;
        if (!Files.exists(marker)) {
            Files.createDirectories(home);
            try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    Path target = home.resolve(entry.getName()).normalize();
                    if (!target.startsWith(home)) {
                        throw new IOException("Refusing to unpack " + entry.getName() + " outside " + home);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(marker, zip.toString());
        }
        try (var children = Files.list(home)) {
            root = children.filter(path -> Files.isRegularFile(path.resolve("bin").resolve("kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak server found in " + home));
        }
        return root;
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI realm = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The local Keycloak stopped while starting; see its keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(realm).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    log.info("The local Keycloak is ready with the demo realm 'clearance'");
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The local Keycloak did not start within " + STARTUP_LIMIT);
    }

    /** Stops the server and everything it started. */
    @Override
    public void close() {
        List<ProcessHandle> processes = Stream.concat(server.descendants(),
                Stream.of(server.toHandle())).toList();
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException slow) {
                log.warn("The local Keycloak did not stop within {}; killing it", SHUTDOWN_LIMIT);
                process.destroyForcibly();
            } catch (ExecutionException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
