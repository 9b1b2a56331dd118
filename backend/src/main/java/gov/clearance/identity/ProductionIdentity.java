package gov.clearance.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Under the {@code production} profile the application refuses to start with the demo realm
 * ({@code keycloak/clearance-realm.json}: demo users whose passwords are their names, and a client that takes
 * passwords directly): not with the local Keycloak that imports it, not with its issuer, and not with any of its
 * clients as the UI's client or the API's audience. A production realm names its own clients.
 */
public class ProductionIdentity implements EnvironmentPostProcessor, Ordered {

    private static final String PRODUCTION = "production";
    private static final String DEMO_REALM = "keycloak/clearance-realm.json";
    private static final String DEMO_ISSUER = "http://127.0.0.1:8180/realms/clearance";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles(PRODUCTION)) {
            return;
        }
        Set<String> demoClients = demoClients();
        List<String> refusals = new ArrayList<>();
        if (environment.getProperty("clearance.identity.local-keycloak.enabled", Boolean.class, false)) {
            refusals.add("the local Keycloak with the demo realm is enabled (set CLEARANCE_LOCAL_KEYCLOAK=false)");
        }
        String issuer = environment.getProperty("clearance.identity.issuer", "");
        if (issuer.isBlank() || issuer.replaceAll("/+$", "").equals(DEMO_ISSUER)) {
            refusals.add("the issuer is the demo realm's " + DEMO_ISSUER + " (set CLEARANCE_ISSUER_URI)");
        }
        String webClient = environment.getProperty("clearance.identity.web-client-id", "");
        if (webClient.isBlank() || demoClients.contains(webClient)) {
            refusals.add("the UI's client '" + webClient + "' is a client of the demo realm (set CLEARANCE_WEB_CLIENT_ID)");
        }
        for (String audience : audiences(environment)) {
            if (demoClients.contains(audience)) {
                refusals.add("the API's audience '" + audience + "' is a client of the demo realm (set "
                        + "CLEARANCE_API_AUDIENCE)");
            }
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("The production profile does not start with the demo realm: "
                    + String.join("; ", refusals));
        }
    }

    private static List<String> audiences(ConfigurableEnvironment environment) {
        String audiences = environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences", "");
        return Arrays.stream(audiences.split(",")).map(String::strip).filter(audience -> !audience.isEmpty()).toList();
    }

    /** The client ids of the demo realm, as the realm file defines them. */
    private static Set<String> demoClients() {
        try (InputStream realm = new ClassPathResource(DEMO_REALM).getInputStream()) {
            Set<String> clients = new TreeSet<>();
            for (JsonNode client : new ObjectMapper().readTree(realm).path("clients")) {
                clients.add(client.path("clientId").asText());
            }
            return clients;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo realm " + DEMO_REALM, e);
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files are read, before the embedded database would be started
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
