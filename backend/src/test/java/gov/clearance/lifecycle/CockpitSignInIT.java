package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.BrowserSession.Page;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operators reach Cockpit through Keycloak's sign-in page (authorization code with PKCE), and only
 * administrators get in; Camunda's own login form cannot be used to get around it.
 */
class CockpitSignInIT extends AgainstRealKeycloak {

    @BeforeEach
    void allowSignInBackToThisTestsPort() {
        RealKeycloak.allowSignInFrom(port);
    }

    @Test
    void anAdministratorSignsInThroughKeycloakAndReachesCockpit() {
        BrowserSession browser = new BrowserSession();
        Page login = browser.open(app("/camunda/app/cockpit/default/"));
        assertThat(login.address().toString()).startsWith(RealKeycloak.ISSUER + "/protocol/openid-connect/auth")
                .contains("client_id=clearance-web").contains("code_challenge_method=S256");

        Page cockpit = browser.submit(login.loginFormAction(), Map.of("username", "ada", "password", "ada"));
        assertThat(cockpit.status()).as(cockpit.body()).isEqualTo(200);
        assertThat(cockpit.address().getPath()).isEqualTo("/camunda/app/cockpit/default/");
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");
        // the webapps' own policy: their scripts carry the nonce it names
        assertThat(cockpit.header("Content-Security-Policy")).contains("'nonce-", "'strict-dynamic'", "object-src 'none'");
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).hasSize(1);

        Page operator = browser.open(app("/camunda/api/admin/auth/user/default"));
        assertThat(operator.status()).as(operator.body()).isEqualTo(200);
        JsonNode signedIn = RealKeycloak.read(operator.body());
        assertThat(signedIn.path("userId").asText()).isEqualTo("ada");
        assertThat(signedIn.path("authorizedApps").toString()).contains("cockpit", "tasklist", "admin");
    }

    @Test
    void aSignedInAnalystIsKeptOutOfCockpit() {
        BrowserSession browser = new BrowserSession();
        Page login = browser.open(app("/camunda/app/cockpit/default/"));
        Page refused = browser.submit(login.loginFormAction(), Map.of("username", "bianca", "password", "bianca"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.address().getPath()).isEqualTo("/camunda/app/cockpit/default/");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(RealKeycloak.read(refused.body()).path("status").asInt()).isEqualTo(403);
        Page api = browser.open(app("/camunda/api/admin/auth/user/default"));
        assertThat(api.status()).as(api.address() + " " + api.body()).isEqualTo(403);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void camundasOwnLoginFormLeadsToKeycloakInstead() {
        BrowserSession browser = new BrowserSession();
        Page page = browser.submit(app("/camunda/api/admin/auth/user/default/login/cockpit"),
                Map.of("username", "ada", "password", "ada"));
        assertThat(page.address().toString()).as("%s %s", page.status(), page.body())
                .startsWith(RealKeycloak.ISSUER + "/protocol/openid-connect/auth");
        assertThat(browser.open(app("/camunda/api/admin/auth/user/default")).address().toString())
                .startsWith(RealKeycloak.ISSUER);
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
