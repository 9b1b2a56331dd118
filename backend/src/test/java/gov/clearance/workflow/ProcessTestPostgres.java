package gov.clearance.workflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The one embedded PostgreSQL server that the process tests of this JVM share, and the process
 * engine configuration that points at it. The project uses PostgreSQL everywhere, tests included.
 */
final class ProcessTestPostgres {

    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private static EmbeddedPostgres server;

    private ProcessTestPostgres() {
    }

    /** Starts the server on first use; it stops when the test JVM exits. */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }, "process-test-postgres-shutdown"));
        }
        return server;
    }

    static String jdbcUrl() {
        return server().getJdbcUrl(USER, DATABASE);
    }

    /**
     * A fresh engine configuration on the shared server: schema created on demand, no job executor
     * (tests run jobs themselves), full history (for hasPassed and coverage), delegates resolved
     * from {@link org.camunda.bpm.engine.test.mock.Mocks}, and the coverage listeners installed.
     * The coverage listeners need a collector, so an engine built from this configuration must be
     * used through {@code ProcessEngineCoverageExtension.builder(configuration)}.
     */
    static ProcessEngineConfigurationImpl engineConfiguration(String engineName) {
        ProcessEngineConfigurationImpl configuration = engineConfigurationWithoutCoverage(engineName);
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration;
    }

    /** As {@link #engineConfiguration(String)}, for tests that do not collect process coverage. */
    static ProcessEngineConfigurationImpl engineConfigurationWithoutCoverage(String engineName) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(engineName);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(jdbcUrl());
        configuration.setJdbcUsername(USER);
        configuration.setJdbcPassword(USER);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        // as the application: no variable may be set in Java's serialized form
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        return configuration;
    }
}
