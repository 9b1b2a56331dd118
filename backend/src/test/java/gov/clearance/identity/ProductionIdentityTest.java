package gov.clearance.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * The {@code production} profile refuses to start with the demo realm: its local Keycloak, its issuer, or any of
 * the clients {@code keycloak/clearance-realm.json} defines (whose users' passwords are their names, and one of
 * which takes passwords directly). Other profiles start with them as before.
 */
class ProductionIdentityTest {

    private final ProductionIdentity production = new ProductionIdentity();

    @Test
    void startsWithAnIssuerAndClientsOfItsOwn() {
        assertThatCode(() -> production.postProcessEnvironment(production(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesTheDemoRealmsWebClient() {
        MockEnvironment environment = production().withProperty("clearance.identity.web-client-id", "clearance-web");

        assertThatThrownBy(() -> production.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clearance-web").hasMessageContaining("CLEARANCE_WEB_CLIENT_ID");
    }

    @Test
    void refusesTheDemoRealmsApiAudience() {
        MockEnvironment environment = production()
                .withProperty("spring.security.oauth2.resourceserver.jwt.audiences", "clearance-api");

        assertThatThrownBy(() -> production.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clearance-api").hasMessageContaining("CLEARANCE_API_AUDIENCE");
    }

    @Test
    void refusesTheLocalKeycloakWithItsDemoRealm() {
        MockEnvironment environment = production().withProperty("clearance.identity.local-keycloak.enabled", "true");

        assertThatThrownBy(() -> production.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CLEARANCE_LOCAL_KEYCLOAK");
    }

    @Test
    void refusesTheDemoIssuer() {
        MockEnvironment environment = production()
                .withProperty("clearance.identity.issuer", "http://127.0.0.1:8180/realms/clearance");

        assertThatThrownBy(() -> production.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CLEARANCE_ISSUER_URI");
    }

    @Test
    void otherProfilesStartWithTheDemoRealm() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("clearance.identity.issuer", "http://127.0.0.1:8180/realms/clearance")
                .withProperty("clearance.identity.web-client-id", "clearance-web")
                .withProperty("spring.security.oauth2.resourceserver.jwt.audiences", "clearance-api")
                .withProperty("clearance.identity.local-keycloak.enabled", "true");
        environment.setActiveProfiles("demo");

        assertThatCode(() -> production.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("clearance.identity.issuer", "https://login.agency.example/realms/export-control")
                .withProperty("clearance.identity.web-client-id", "export-control-web")
                .withProperty("spring.security.oauth2.resourceserver.jwt.audiences", "export-control-api")
                .withProperty("clearance.identity.local-keycloak.enabled", "false");
        environment.setActiveProfiles("production");
        return environment;
    }
}
