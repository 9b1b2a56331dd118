package gov.clearance.benchmark;

import gov.clearance.identity.KeycloakServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Clearance as a production site runs it, on this machine: one PostgreSQL server (with the application's
 * database and the spare ones a run needs), the demo realm's Keycloak, and any number of application
 * nodes on that database, added one by one. A benchmark or a fault test starts it, adds nodes, sends
 * load through {@link #api(List, Duration)}, stops, kills and restarts nodes or the database, and closes
 * it; closing stops everything it started, newest first.
 */
public final class ClearanceCluster implements AutoCloseable {

    public static final String APP_DATABASE = "clearance";
    private static final Path KEYCLOAK_DISTRIBUTION = Path.of("target", "keycloak", "keycloak-quarkus-dist.zip");
    private static final Path KEYCLOAK_HOME = Path.of("target", "keycloak-home");

    private final DatabaseServer database;
    private final KeycloakServer keycloak;
    private final DemoRealmTokens tokens;
    private final ClearanceNode.Settings nodeSettings;
    private final List<ClearanceNode> nodes = new ArrayList<>();
    private boolean closed;

    private ClearanceCluster(DatabaseServer database, KeycloakServer keycloak, ClearanceNode.Settings nodeSettings) {
        this.database = database;
        this.keycloak = keycloak;
        this.tokens = new DemoRealmTokens(keycloak.issuer());
        this.nodeSettings = nodeSettings;
    }

    /**
     * Starts a fresh PostgreSQL server (data in {@code directory/postgres}) with the application's database
     * and the extra ones named, and Keycloak; no node yet. Run from {@code performance/}, where the build put
     * the Keycloak distribution.
     *
     * @param databaseSettings PostgreSQL settings over {@link DatabaseServer}'s defaults
     * @param nodeJvmOptions the nodes' JVM options
     */
    public static ClearanceCluster start(Path directory, Map<String, String> databaseSettings,
            List<String> extraDatabases, List<String> nodeJvmOptions) throws IOException, InterruptedException {
        DatabaseServer database = DatabaseServer.fresh(directory.resolve("postgres"), databaseSettings).start();
        try {
            database.createDatabase(APP_DATABASE);
            extraDatabases.forEach(database::createDatabase);
            KeycloakServer keycloak = KeycloakServer.start(KEYCLOAK_DISTRIBUTION, KEYCLOAK_HOME, DatabaseServer.freePort());
            return new ClearanceCluster(database, keycloak, new ClearanceNode.Settings(database.jdbcUrl(APP_DATABASE),
                    keycloak.issuer(), directory.resolve("documents"), directory.resolve("logs"), nodeJvmOptions));
        } catch (IOException | InterruptedException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Adds a node ({@code node-1}, {@code node-2}, ...) on a free port and starts it; see its start-up times. */
    public synchronized ClearanceNode addNode() throws IOException, InterruptedException {
        if (closed) {
            throw new IllegalStateException("The cluster is closed");
        }
        ClearanceNode node = new ClearanceNode("node-" + (nodes.size() + 1), nodeSettings);
        nodes.add(node);
        node.start();
        return node;
    }

    /** Every node added, running or not, in the order added. */
    public synchronized List<ClearanceNode> nodes() {
        return List.copyOf(nodes);
    }

    public DatabaseServer database() {
        return database;
    }

    public String issuer() {
        return keycloak.issuer();
    }

    public DemoRealmTokens tokens() {
        return tokens;
    }

    /** The HTTP API over these nodes, signed in as the demo users, with fresh latencies. */
    public ClusterApi api(List<ClearanceNode> over, Duration retryLimit) {
        return new ClusterApi(over.stream().map(ClearanceNode::baseUrl).toList(), tokens::accessToken, retryLimit,
                new EndpointLatencies());
    }

    /** Stops the nodes (gracefully), Keycloak and PostgreSQL; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
        keycloak.close();
        database.close();
    }
}
