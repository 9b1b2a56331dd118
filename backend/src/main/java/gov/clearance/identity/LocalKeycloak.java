package gov.clearance.identity;

import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Runs a local Keycloak with the demo realm for the start command, and stops it when the application
 * stops. Never used when an external issuer is configured.
 */
@Component
@ConditionalOnExpression("${clearance.identity.local-keycloak.enabled:false} and '${CLEARANCE_ISSUER_URI:}'.isEmpty()")
class LocalKeycloak implements AutoCloseable {

    private final KeycloakServer server;

    LocalKeycloak(LocalKeycloakSettings settings) throws IOException, InterruptedException {
        server = KeycloakServer.start(settings.distribution(), settings.home(), settings.port());
    }

    @Override
    public void close() {
        server.close();
    }
}
