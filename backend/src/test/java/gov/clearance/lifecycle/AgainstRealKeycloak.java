package gov.clearance.lifecycle;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as the start command runs it: it starts its own Keycloak with the demo realm (here
 * on a free port) and accepts the tokens that Keycloak issues. Every test class extending this one
 * shares the same application and Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearance.database.embedded.data-directory=", "server.address=127.0.0.1", "clearance.documents.directory=target/test-documents",
            "clearance.identity.local-keycloak.enabled=true",
            "clearance.identity.local-keycloak.home=target/keycloak-home",
            "clearance.identity.token-clock-skew=PT0S"})
public abstract class AgainstRealKeycloak {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("clearance.identity.local-keycloak.port", () -> RealKeycloak.PORT);
        registry.add("clearance.identity.issuer", () -> RealKeycloak.ISSUER);
    }

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    protected static String signIn(String username) {
        return RealKeycloak.accessToken(username);
    }

    /** The steps of a case, taken by the demo users signed in through Keycloak. */
    protected CaseSteps steps() {
        return new CaseSteps(api, RealKeycloak::accessToken);
    }
}
