package gov.clearance.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * Without {@code SPRING_DATASOURCE_URL} the application keeps its embedded PostgreSQL for local use and says so
 * loudly; under the {@code production} profile it refuses to start instead.
 */
class EmbeddedPostgresEnvironmentTest {

    private final List<String> warnings = new ArrayList<>();
    private final EmbeddedPostgresEnvironment embedded = new EmbeddedPostgresEnvironment(destination ->
            (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class}, (log, method, args) -> {
                if (method.getName().equals("warn")) {
                    warnings.add(String.valueOf(args[0]));
                }
                return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            }));

    @Test
    void aProductionStartWithoutADatabaseAddressIsRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty(EmbeddedPostgresEnvironment.DATA_DIRECTORY, "");
        environment.setActiveProfiles("production");

        assertThatThrownBy(() -> embedded.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("production");
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void aLocalStartWithoutADatabaseAddressUsesTheEmbeddedDatabaseAndSaysSoLoudly() {
        MockEnvironment environment = new MockEnvironment().withProperty(EmbeddedPostgresEnvironment.DATA_DIRECTORY, "");

        embedded.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://");
        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .contains("EMBEDDED", "SPRING_DATASOURCE_URL", "local use only"));
    }

    @Test
    void anExternalDatabaseIsUsedAsGivenInProduction() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/clearance");
        environment.setActiveProfiles("production");

        embedded.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/clearance");
        assertThat(warnings).isEmpty();
    }
}
