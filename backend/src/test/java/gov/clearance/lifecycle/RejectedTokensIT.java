package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.lifecycle.Api.Reply;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API accepts only tokens the demo realm issued for it, still valid, signed by the realm's key.
 * Every rejected token below is a real one from the same Keycloak, wrong in exactly one way.
 */
class RejectedTokensIT extends AgainstRealKeycloak {

    private static final String ME = "/api/me";

    @Test
    void acceptsTheRealmsOwnTokenForTheApi() {
        assertThat(api.send(signIn("alice"), "GET", ME, null).status()).isEqualTo(200);
    }

    @Test
    void refusesACallWithoutAToken() {
        assertRefused(api.send(null, "GET", ME, null));
    }

    @Test
    void refusesATokenWhoseSignatureDoesNotMatch() {
        String token = signIn("alice");
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"alice\"", "\"bob\"").getBytes());
        assertThat(otherPayload).isNotEqualTo(parts[1]);
        assertRefused(api.send(parts[0] + "." + otherPayload + "." + parts[2], "GET", ME, null));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        HttpResponse<String> master = RealKeycloak.passwordGrant("master", "admin-cli", "admin", "admin");
        assertThat(master.statusCode()).isEqualTo(200);
        String token = RealKeycloak.read(master.body()).path("access_token").asText();
        assertRefused(api.send(token, "GET", ME, null));
    }

    @Test
    void refusesATokenIssuedForAnotherAudience() {
        // admin-cli exists in every realm; its tokens are not addressed to the Clearance API
        HttpResponse<String> other = RealKeycloak.passwordGrant("clearance", "admin-cli", "alice", "alice");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        String token = RealKeycloak.read(other.body()).path("access_token").asText();
        assertRefused(api.send(token, "GET", ME, null));
    }

    @Test
    void refusesATokenOnceItHasExpired() throws InterruptedException {
        String client = "short-lived-" + System.nanoTime();
        HttpResponse<String> created = RealKeycloak.admin("POST", "/realms/clearance/clients", Map.of(
                "clientId", client, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "3"),
                "protocolMappers", List.of(Map.of("name", "api audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.client.audience", "clearance-api", "access.token.claim", "true")))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> signedIn = RealKeycloak.passwordGrant("clearance", client, "alice", "alice");
        String token = RealKeycloak.read(signedIn.body()).path("access_token").asText();
        assertThat(RealKeycloak.read(signedIn.body()).path("expires_in").asInt()).isEqualTo(3);

        assertThat(api.send(token, "GET", ME, null).status()).as("while still valid").isEqualTo(200);
        Thread.sleep(4_500);
        assertRefused(api.send(token, "GET", ME, null));
    }

    private static void assertRefused(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("status")).isEqualTo("401");
    }
}
