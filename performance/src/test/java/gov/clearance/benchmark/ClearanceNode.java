package gov.clearance.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One node of Clearance: {@code gov.clearance.ClearanceApplication} in a JVM of its own (a child of
 * this one, on this JVM's class path), on a port of 127.0.0.1 that stays the same across restarts, on
 * an external database and an external OpenID Connect issuer. Nodes on the same database form
 * Camunda's homogeneous cluster: each runs the job executor.
 *
 * <p>A fault test stops a node gracefully ({@link #stop()}), kills it ({@link #kill()}) and starts it
 * again ({@link #start()}); each start is timed to the moment {@code /actuator/health} reports UP.
 */
public final class ClearanceNode implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(300);
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a node runs with.
     *
     * @param jdbcUrl the application's database ({@link DatabaseServer#jdbcUrl(String)})
     * @param issuer the demo realm's issuer ({@code KeycloakServer.issuer()})
     * @param documents the support documents' directory, shared by the nodes of a cluster
     * @param logs where each node's output goes ({@code <name>.log}, appended across restarts)
     * @param jvmOptions options of the node's JVM (heap size and the like)
     */
    public record Settings(String jdbcUrl, String issuer, Path documents, Path logs, List<String> jvmOptions) {
    }

    private final String name;
    private final int port;
    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Duration> startupTimes = new ArrayList<>();
    private final AtomicLong peakResidentBytes = new AtomicLong();
    private final AtomicLong peakHeapUsedBytes = new AtomicLong();
    private Process process;

    /** A node named {@code name} on a free port; nothing runs until {@link #start()}. */
    public ClearanceNode(String name, Settings settings) {
        this(name, DatabaseServer.freePort(), settings);
    }

    public ClearanceNode(String name, int port, Settings settings) {
        this.name = name;
        this.port = port;
        this.settings = settings;
    }

    /** Launches the node and waits until it reports UP; returns (and records) its start-up time. */
    public synchronized Duration start() throws IOException, InterruptedException {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        Files.createDirectories(settings.logs());
        Path log = log();
        Files.writeString(log, "---- " + Instant.now() + " starting " + name + " on port " + port + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "gov.clearance.ClearanceApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + settings.jdbcUrl(),
                "--spring.datasource.username=" + DatabaseServer.USER,
                "--spring.datasource.password=" + DatabaseServer.PASSWORD,
                "--clearance.identity.issuer=" + settings.issuer(),
                "--clearance.identity.local-keycloak.enabled=false",
                "--clearance.documents.directory=" + settings.documents().toAbsolutePath(),
                "--management.endpoints.web.exposure.include=health,info,metrics",
                "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // the node's issuer and database are the ones given here, whatever this shell exports
        builder.environment().keySet().removeIf(variable -> variable.startsWith("CLEARANCE_"));
        long launched = System.nanoTime();
        process = builder.start();
        awaitUp(launched);
        Duration startup = Duration.ofNanos(System.nanoTime() - launched);
        startupTimes.add(startup);
        sampleMemory();
        return startup;
    }

    /** Stops the node gracefully (SIGTERM), waiting for it to exit; kills it if it takes over a minute. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        sampleMemory();
        process.destroy();
        if (!process.waitFor(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** Kills the node at once (SIGKILL), as a crash would, and waits for it to be gone. */
    public synchronized void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        sampleMemory();
        process.destroyForcibly().waitFor();
        process = null;
    }

    /** Stops the node gracefully and starts it again on the same port; returns the new start-up time. */
    public Duration restart() throws IOException, InterruptedException {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The running node's process id. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process.pid();
    }

    public Path log() {
        return settings.logs().resolve(name + ".log");
    }

    /** Every start-up time of this node, in order. */
    public synchronized List<Duration> startupTimes() {
        return List.copyOf(startupTimes);
    }

    /**
     * Reads the node's peak resident memory ({@code VmHWM} of {@code /proc/<pid>/status}) and, from the
     * actuator, its heap in use; keeps the highest of each. Called by a sampler during a run, and before
     * every stop, since a process's peak is gone with it.
     */
    public void sampleMemory() {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null || !running.isAlive()) {
            return;
        }
        residentPeak(running.pid()).ifPresent(bytes -> peakResidentBytes.accumulateAndGet(bytes, Math::max));
        heapUsedBytes().ifPresent(bytes -> peakHeapUsedBytes.accumulateAndGet(bytes, Math::max));
    }

    /** The highest peak resident memory seen over this node's processes, in bytes (0 before any sample). */
    public long peakResidentBytes() {
        return peakResidentBytes.get();
    }

    /** The highest heap in use seen, in bytes (0 before any sample). */
    public long peakHeapUsedBytes() {
        return peakHeapUsedBytes.get();
    }

    /** The heap in use now, as the node's actuator reports it ({@code jvm.memory.used}, area heap). */
    public OptionalLong heapUsedBytes() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(baseUrl() + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return OptionalLong.empty();
            }
            for (JsonNode measurement : JSON.readTree(response.body()).path("measurements")) {
                if ("VALUE".equals(measurement.path("statistic").asText())) {
                    return OptionalLong.of(measurement.path("value").asLong());
                }
            }
            return OptionalLong.empty();
        } catch (IOException unavailable) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        }
    }

    private static void kill(Process process) {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void awaitUp(long launched) throws InterruptedException {
        URI health = URI.create(baseUrl() + "/actuator/health");
        long deadline = launched + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                process = null;
                throw new IllegalStateException(name + " stopped while starting; see " + log().toAbsolutePath());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && "UP".equals(JSON.readTree(response.body()).path("status").asText())) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        kill(process);
        process = null;
        throw new IllegalStateException(name + " did not report UP within " + STARTUP_LIMIT + "; see " + log());
    }

    private static OptionalLong residentPeak(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | UncheckedIOException gone) {
            return OptionalLong.empty();
        }
    }
}
