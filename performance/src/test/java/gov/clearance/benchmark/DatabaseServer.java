package gov.clearance.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The PostgreSQL server of a benchmark or fault-test run, standing alone like a production database
 * server: on 127.0.0.1, its data in a directory under {@code target/}, on a port chosen once. It can be
 * stopped and started again on the same directory and port, as an operator restarts a database under
 * load, and it holds the application's database beside the extra ones a run needs (the bare engine's,
 * pgbench's).
 *
 * <p>Commits are durable by default ({@code synchronous_commit=on}, unlike the embedded server's own
 * default), so that the commit limit measured here is the one a production server has.
 */
public final class DatabaseServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    /**
     * How long a backend may keep its statistics before publishing them (PostgreSQL's
     * {@code PGSTAT_IDLE_INTERVAL}, 10 s, plus a margin): counters read sooner may miss recent commits.
     */
    public static final Duration STATISTICS_DELAY = Duration.ofSeconds(11);

    private final Path dataDirectory;
    private final int port;
    private final Map<String, String> settings;
    private EmbeddedPostgres server;

    /**
     * A server on this data directory (created at the first start if empty) and port.
     *
     * @param settings server settings ({@code postgresql.conf} names) over the defaults of this class
     */
    public DatabaseServer(Path dataDirectory, int port, Map<String, String> settings) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.port = port;
        this.settings = new LinkedHashMap<>(Map.of("listen_addresses", "127.0.0.1", "max_connections", "300",
                "synchronous_commit", "on"));
        this.settings.putAll(settings);
    }

    /** A server on an emptied data directory and a free port of 127.0.0.1. */
    public static DatabaseServer fresh(Path dataDirectory, Map<String, String> settings) {
        delete(dataDirectory);
        return new DatabaseServer(dataDirectory, freePort(), settings);
    }

    /** Starts the server (a no-op if it runs); the first start creates the cluster in the data directory. */
    public synchronized DatabaseServer start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false);
            settings.forEach(builder::setServerConfig);
            server = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL on port " + port + " in " + dataDirectory, e);
        }
    }

    /** Stops the server (a fast shutdown: sessions are ended, committed work is kept); a no-op if stopped. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    /** Stops and starts the server again on the same directory and port. */
    public synchronized void restart() {
        stop();
        start();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The JDBC URL of a database on this server (without credentials: {@link #USER}, {@link #PASSWORD}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /**
     * Transactions committed in the database since the server's statistics were reset
     * ({@code pg_stat_database.xact_commit}), as published so far: see {@link #STATISTICS_DELAY}.
     */
    public long commits(String database) {
        try (Connection connection = connect(database);
                var query = connection.prepareStatement("select xact_commit from pg_stat_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No statistics for the database " + database);
                }
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the commit count of " + database, e);
        }
    }

    /** {@link #commits(String)} once every backend has published its counts (waits {@link #STATISTICS_DELAY}). */
    public long settledCommits(String database) throws InterruptedException {
        Thread.sleep(STATISTICS_DELAY.toMillis());
        return commits(database);
    }

    @Override
    public void close() {
        stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + directory, e);
        }
    }
}
