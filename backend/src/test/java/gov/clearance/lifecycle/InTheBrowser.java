package gov.clearance.lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the browser journeys share: one Chromium per test class, sign-in on Keycloak's own page, the ways a
 * person finds things on a page (by label, by role and name), and after every test the check that no screen
 * broke the Content-Security-Policy.
 */
abstract class InTheBrowser extends AgainstRealKeycloak {

    static final Pattern KEYCLOAK_PAGE = Pattern.compile(RealKeycloak.ISSUER.replace(".", "\\.") + "/.*");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @AfterEach
    void everyScreenRanUnderTheContentSecurityPolicy() {
        org.assertj.core.api.Assertions.assertThat(chromium.policyViolationsAt("http://127.0.0.1:" + port + "/"))
                .as("Content-Security-Policy violations on the UI's pages").isEmpty();
    }

    /** A new page of the context, signed in as the demo user on Keycloak's sign-in page. */
    Page signedIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate("http://127.0.0.1:" + port + "/");
        button(page, "Sign in").click();
        page.waitForURL(KEYCLOAK_PAGE);
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL("http://127.0.0.1:" + port + "/**");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Signed-in user"))).isVisible();
        return page;
    }

    static void party(Page page, String role, String name) {
        field(page, role + " name").fill(name);
        field(page, role + " address").fill("Hansastrasse 27c, 80686 Munich");
        field(page, role + " country").fill("DE");
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Page page, Pattern name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A heading of any level with exactly that name. */
    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The page's main heading (level 1) with exactly that name. */
    static Locator mainHeading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }
}
