package gov.clearance.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no external database is configured, and points the
 * standard {@code spring.datasource.*} properties at it so that Flyway, JPA and Camunda all use
 * it like any other server.
 *
 * <p>This is for local use, and the log says so loudly; under the {@code production} profile the application
 * refuses to start without an external database instead.
 *
 * <p>The server keeps its data in {@code clearance.database.embedded.data-directory} between runs.
 * An empty directory setting means a throw-away database in a temporary directory (used by tests).
 * One server is started per data directory and JVM, so test contexts share it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIRECTORY = "clearance.database.embedded.data-directory";
    static final String PORT = "clearance.database.embedded.port";

    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
    private static final String PRODUCTION = "production";
    private static final String LOCAL_USE_ONLY = """

            ***********************************************************************************************
            *  EMBEDDED POSTGRESQL: no SPRING_DATASOURCE_URL is set, so the application starts a PostgreSQL  *
            *  server of its own, with its data in %s.
            *  This is for local use only: no backups, no replication, gone with the machine. For anything  *
            *  else set SPRING_DATASOURCE_URL; the production profile refuses to start without it.          *
            ***********************************************************************************************""";

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (environment.matchesProfiles(PRODUCTION)) {
            throw new IllegalStateException("The production profile needs a PostgreSQL server of its own: set "
                    + "SPRING_DATASOURCE_URL (with _USERNAME and _PASSWORD). The embedded database is for local use "
                    + "only, and is not started under the production profile.");
        }
        String directory = environment.getProperty(DATA_DIRECTORY, "");
        log.warn(LOCAL_USE_ONLY.formatted(StringUtils.hasText(directory) ? directory : "a temporary directory"));
        int port = environment.getProperty(PORT, Integer.class, 0);
        EmbeddedPostgres server = SERVERS.computeIfAbsent(directory, dir -> {
            EmbeddedPostgres started = start(dir, port);
            // stop the server only after every application context (and its process engine) has closed
            SpringApplication.getShutdownHandlers().add(() -> stop(started));
            return started;
        });
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    private EmbeddedPostgres start(String directory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false);
            if (StringUtils.hasText(directory)) {
                Path dataDirectory = Path.of(directory);
                Files.createDirectories(dataDirectory.getParent());
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
                log.info("Starting embedded PostgreSQL with data in " + dataDirectory);
            } else {
                log.info("Starting embedded PostgreSQL in a temporary directory");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL server did not stop cleanly", e);
        }
    }

    @Override
    public int getOrder() {
        // after the application's own configuration files have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
