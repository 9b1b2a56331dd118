package gov.clearance.lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person opens Clearance in a browser, signs in on Keycloak's page (authorization code with PKCE
 * for the public clearance-web client) and sees who they are signed in as; then signs out.
 */
class UiSignInIT extends AgainstRealKeycloak {

    /** Any page of the demo realm (written for both Java's and JavaScript's regular expressions). */
    private static final Pattern KEYCLOAK_PAGE = Pattern.compile(RealKeycloak.ISSUER.replace(".", "\\.") + "/.*");

    private static Chromium chromium;
    private BrowserContext context;
    private Page page;
    private final List<String> authorizationRequests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @BeforeEach
    void openClearance() {
        RealKeycloak.allowSignInFrom(port);
        context = chromium.browser.newContext();
        page = context.newPage();
        page.onRequest(request -> {
            if (request.url().startsWith(RealKeycloak.ISSUER + "/protocol/openid-connect/auth")) {
                authorizationRequests.add(request.url());
            }
        });
        page.navigate("http://127.0.0.1:" + port + "/");
    }

    @AfterEach
    void closeTab() {
        context.close();
        assertThat(chromium.policyViolationsAt("http://127.0.0.1:" + port + "/"))
                .as("the UI runs under its Content-Security-Policy").isEmpty();
    }

    @Test
    void aDefenseArbiterSignsInWithPkceAndSeesNameRolesAndAgency() {
        signInAs("dan");

        Locator signedIn = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Signed-in user"));
        assertThat(signedIn).containsText("Dan Arbiter");
        assertThat(signedIn).containsText("Agency arbiter");
        assertThat(signedIn).containsText("Agency reviewer");
        assertThat(signedIn).containsText("DOD");
        assertThat(page).hasURL("http://127.0.0.1:" + port + "/");

        assertThat(authorizationRequests).hasSize(1);
        assertThat(authorizationRequests.get(0)).contains("client_id=clearance-web", "response_type=code",
                "code_challenge=", "code_challenge_method=S256");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.getByText("Dan Arbiter")).hasCount(0);
    }

    @Test
    void anApplicantSeesTheirOrganization() {
        signInAs("alice");

        Locator signedIn = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Signed-in user"));
        assertThat(signedIn).containsText("Alice Applicant");
        assertThat(signedIn).containsText("Applicant");
        assertThat(signedIn).containsText("Acme Exports");
    }

    @Test
    void aWrongPasswordKeepsThePersonOnKeycloaksPage() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(KEYCLOAK_PAGE);
        page.locator("#username").fill("alice");
        page.locator("#password").fill("not-alice");
        page.locator("#kc-login").click();
        assertThat(page.getByText("Invalid username or password.").first()).isVisible();
        assertThat(page).hasURL(KEYCLOAK_PAGE);
    }

    private void signInAs(String user) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(KEYCLOAK_PAGE);
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL("http://127.0.0.1:" + port + "/**");
    }
}
