package gov.clearance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own benchmark, {@code pgbench}, on a database of the run's server: its default TPC-B-like
 * transaction (three updates, a select and an insert, one commit) with as many clients as the run has,
 * for a fixed time. Its transactions per second are the commit limit the application's commits are
 * read against.
 *
 * <p>pgbench comes with Debian's {@code postgresql-client}; where it is missing and this JVM runs as
 * root on a Debian machine, it is installed with {@code apt-get install -y postgresql-client}.
 */
public final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(10);

    /**
     * A run's result.
     *
     * @param scale the scale factor of {@code pgbench -i} (100,000 accounts each)
     * @param output what the run printed
     */
    public record Result(double transactionsPerSecond, int clients, int scale, Duration duration, String output) {
    }

    private final DatabaseServer server;
    private final String database;
    private final Path executable;
    private final Path logs;

    public PgBench(DatabaseServer server, String database, Path logs) throws IOException, InterruptedException {
        this.server = server;
        this.database = database;
        this.logs = logs;
        this.executable = executable();
    }

    /** Initialises pgbench's tables (scale = clients, so that clients rarely wait on the same branch row) and runs it. */
    public Result run(int clients, Duration duration) throws IOException, InterruptedException {
        int scale = Math.max(1, clients);
        server.createDatabase(database);
        run("pgbench-init", List.of("-i", "-q", "-s", Integer.toString(scale)), Duration.ofMinutes(10));
        String output = run("pgbench-run", List.of("-c", Integer.toString(clients), "-j",
                Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
                Long.toString(Math.max(1, duration.toSeconds()))), duration.plusMinutes(2));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return new Result(Double.parseDouble(tps.group(1)), clients, scale, duration, output);
    }

    private String run(String name, List<String> arguments, Duration limit) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-h", "127.0.0.1",
                "-p", Integer.toString(server.port()), "-U", DatabaseServer.USER));
        command.addAll(arguments);
        command.add(database);
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PGPASSWORD", DatabaseServer.PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(name + " did not finish within " + limit + "; see " + log);
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /** Where pgbench is: on the PATH or in /usr/bin, installed first if missing and possible. */
    static Path executable() throws IOException, InterruptedException {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            System.out.println("pgbench is missing: installing Debian's postgresql-client (apt-get install -y)");
            if (install(List.of("apt-get", "install", "-y", "postgresql-client")) != 0) {
                install(List.of("apt-get", "update"));
                install(List.of("apt-get", "install", "-y", "postgresql-client"));
            }
            found = find();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("pgbench is missing: install it with 'apt-get install -y postgresql-client' "
                + "(as root, on Debian or Ubuntu), or put any PostgreSQL client's pgbench on the PATH");
    }

    private static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isBlank()) {
                candidates.add(Path.of(directory, "pgbench"));
            }
        }
        candidates.add(Path.of("/usr/bin/pgbench"));
        try (Stream<Path> versions = Files.isDirectory(Path.of("/usr/lib/postgresql"))
                ? Files.list(Path.of("/usr/lib/postgresql")) : Stream.empty()) {
            versions.sorted(java.util.Comparator.reverseOrder()).forEach(version -> candidates.add(version.resolve("bin/pgbench")));
        } catch (IOException ignored) {
            // no server packages installed
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static int install(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        if (!process.waitFor(INSTALL_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }
}
