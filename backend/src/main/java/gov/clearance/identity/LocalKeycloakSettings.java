package gov.clearance.identity;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local Keycloak that the start command runs for demos and development.
 *
 * @param enabled whether the application starts it (the {@code demo} profile turns it on)
 * @param distribution the Keycloak server zip that the build fetched from Maven Central
 * @param home where the server is unpacked (its realm lives in memory, imported afresh at every start)
 * @param port the port it listens on, on 127.0.0.1 only
 */
@ConfigurationProperties("clearance.identity.local-keycloak")
record LocalKeycloakSettings(@DefaultValue("false") boolean enabled,
        @DefaultValue("target/keycloak/keycloak-quarkus-dist.zip") Path distribution,
        Path home,
        @DefaultValue("8180") int port) {
}
