package gov.clearance.lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An applicant's application in the browser, signed in on Keycloak's page (issue 16): one page per step, each
 * checked by the server on Continue with every problem listed at once in plain words and linked to its field;
 * leaving with unsaved changes asks first, Back and reload lose nothing saved; the answers are checked, the
 * declaration confirmed, and the confirmation names the control number. Screens are saved at 1280 and 390 px
 * wide in {@code target/screenshots}, checked with axe-core, and none scrolls sideways at 390 px.
 */
class UiApplicantJourneyIT extends InTheBrowser {

    @Test
    void anApplicantCorrectsMistakesLeavesAndComesBackChecksTheAnswersAndSubmits() {
        RealKeycloak.allowSignInFrom(port);
        String consignee = "Fraunhofer Institut " + UUID.randomUUID().toString().substring(0, 8);
        String today = api.send(signIn("alice"), "GET", "/api/clock", null).body().path("today").asText();

        try (BrowserContext alice = chromium.browser.newContext()) {
            Page page = signedIn(alice, "alice");
            link(page, "New application").click();
            assertThat(mainHeading(page, "Applicant and contact")).isVisible();
            assertThat(mainHeading(page, "Applicant and contact")).isFocused();
            assertThat(page).hasTitle("Applicant and contact – New application – Clearance");

            // first round: every problem of the step at once, required and format together
            field(page, "Contact name").fill("Alice Example");
            field(page, "Contact email").fill("alice-at-acme");
            button(page, "Continue").click();
            Locator summary = page.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setName("There is a problem"));
            assertThat(summary).isFocused();
            assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[] {
                "Enter the contact's phone number",
                "Enter the contact's email address in the right format, like name@example.com",
                "Enter the applicant's name", "Enter the applicant's address"});
            assertThat(summary).not().containsText("contact.");
            assertThat(page).hasTitle(Pattern.compile("^Error: "));
            screenshots(page, "applicant-step-errors");
            summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter the contact's phone number"))
                    .click();
            assertThat(field(page, "Contact phone")).isFocused();
            field(page, "Contact phone").fill("+1 202 555 0100");
            field(page, "Contact email").fill("alice@acme.example");
            field(page, "Applicant name").fill("Acme Exports Inc.");
            field(page, "Applicant address").fill("1 Main St, Arlington VA 22201");
            button(page, "Continue").click();
            assertThat(mainHeading(page, "Parties")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/applications/[0-9a-f-]{36}/edit/parties$"));
            String draftAddress = page.url().replace("/edit/parties", "");
            page.goBack();
            assertThat(mainHeading(page, "Applicant and contact")).isVisible();
            assertThat(page).hasURL(draftAddress + "/edit/applicant");
            assertThat(field(page, "Applicant address")).hasValue("1 Main St, Arlington VA 22201");
            page.goForward();
            assertThat(mainHeading(page, "Parties")).isVisible();

            // leaving with unsaved changes asks first
            party(page, "Purchaser", consignee);
            link(page, "Applications").click();
            Locator warning = page.getByRole(AriaRole.ALERTDIALOG);
            assertThat(warning).containsText("You have changes that are not saved");
            screenshots(page, "applicant-unsaved-changes");
            button(page, "Stay on this page").click();
            assertThat(field(page, "Purchaser name")).hasValue(consignee);
            party(page, "Ultimate consignee", consignee);
            party(page, "End user 1", consignee);
            button(page, "Continue").click();

            // a number that is not one, and a missing description, in one round
            assertThat(mainHeading(page, "Items")).isVisible();
            field(page, "ECCN").fill("3A001.a.1");
            field(page, "Model").fill("MX-200");
            field(page, "Quantity").fill("10");
            field(page, "Unit price (USD)").fill("1500,00");
            field(page, "Total price (USD)").fill("15000.00");
            field(page, "Total value (USD)").fill("15000.00");
            button(page, "Continue").click();
            assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[] {
                "Enter the unit price of item 1 as a number, like 1250.00",
                "Enter a technical description of item 1"});
            assertThat(page.getByText("Enter the unit price of item 1 as a number, like 1250.00")).hasCount(2);
            screenshots(page, "applicant-items-errors");
            field(page, "Unit price (USD)").fill("1500.00");
            field(page, "Technical description").fill("Focal plane array detector");
            button(page, "Continue").click();
            assertThat(mainHeading(page, "End use")).isVisible();

            // Back returns to the saved step, and a reload reads the draft again: nothing saved is lost
            page.goBack();
            assertThat(mainHeading(page, "Items")).isVisible();
            assertThat(field(page, "Unit price (USD)")).hasValue("1500.00");
            page.goForward();
            assertThat(mainHeading(page, "End use")).isVisible();
            page.reload();
            assertThat(mainHeading(page, "End use")).isVisible();
            field(page, "Specific end use").fill("Characterisation of infrared detectors in a university laboratory.");
            for (String question : List.of("nuclear explosive activities", "deliver weapons of mass destruction",
                    "chemical or biological weapons", "military end use", "military-intelligence",
                    "Crimea region of Ukraine")) {
                page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(Pattern.compile(question)))
                        .getByLabel("No").check();
            }
            button(page, "Continue").click();

            // the signature is dated by the server's business day
            assertThat(mainHeading(page, "Signature")).isVisible();
            assertThat(field(page, "Date")).hasValue(today);
            field(page, "Signed by (name)").fill("Alice Example");
            field(page, "Title").fill("Export Compliance Officer");
            button(page, "Continue").click();

            assertThat(mainHeading(page, "Check your answers before submitting your application")).isVisible();
            assertThat(page.getByText(consignee).first()).isVisible();
            assertThat(page.getByText("1500.00").first()).isVisible();
            Locator declaration = link(page, "Continue to the declaration");
            assertThat(declaration).isVisible();
            screenshots(page, "applicant-check-answers");
            link(page, "Change item 1").click();
            assertThat(mainHeading(page, "Items")).isVisible();
            assertThat(field(page, "ECCN")).isFocused();
            field(page, "Model").fill("MX-210");
            button(page, "Continue").click();
            assertThat(mainHeading(page, "End use")).isVisible();
            button(page, "Continue").click();
            assertThat(mainHeading(page, "Signature")).isVisible();
            button(page, "Continue").click();
            assertThat(mainHeading(page, "Check your answers before submitting your application")).isVisible();
            assertThat(page.getByText("MX-210").first()).isVisible();
            declaration.click();

            assertThat(mainHeading(page, "Declaration")).isVisible();
            button(page, "Accept and submit the application").click();
            assertThat(summary.getByRole(AriaRole.LINK)).hasText("Confirm the declaration to submit the application");
            screenshots(page, "applicant-declaration");
            page.getByLabel("I confirm the declaration above").check();
            button(page, "Accept and submit the application").click();

            assertThat(mainHeading(page, "Application submitted")).isVisible();
            Locator controlNumber = page.locator(".control-number");
            assertThat(controlNumber).hasText(Pattern.compile("[A-Z][0-9]{6}"));
            assertThat(page.getByText("90 calendar days from registration")).isVisible();
            assertThat(page.getByText("registered your application on " + dayInWords(today))).isVisible();
            screenshots(page, "applicant-confirmation");
            String number = controlNumber.textContent().strip();

            link(page, "Go to your applications").click();
            assertThat(link(page, number)).isVisible();
            screenshots(page, "applicant-applications");
            page.navigate(draftAddress);
            assertThat(mainHeading(page, "Application " + number)).isVisible();
            assertThat(page.getByText("Under review").first()).isVisible();
        }
    }

    @Test
    void anApplicantDeletesADraft() {
        RealKeycloak.allowSignInFrom(port);
        try (BrowserContext alice = chromium.browser.newContext()) {
            Page page = signedIn(alice, "alice");
            link(page, "New application").click();
            field(page, "Contact name").fill("Alice Example");
            button(page, "Save and come back later").click();
            assertThat(mainHeading(page, "Draft application")).isVisible();
            String draft = page.url();
            button(page, "Delete this draft").click();
            screenshots(page, "applicant-delete-draft");
            button(page, "Yes, delete the draft").click();
            assertThat(page.getByText("The draft was deleted.")).isVisible();
            page.navigate(draft);
            assertThat(page.getByRole(AriaRole.ALERT)).containsText(Pattern.compile("not found", Pattern.CASE_INSENSITIVE));
        }
    }

    private static String dayInWords(String isoDate) {
        LocalDate day = LocalDate.parse(isoDate);
        String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return day.getDayOfMonth() + " " + month + " " + day.getYear();
    }

    /**
     * Saves the screen at 1280 and at 390 px wide, checks it against WCAG 2.1 AA with axe-core, and checks that
     * at 390 px nothing makes the page scroll sideways.
     */
    private static void screenshots(Page page, String name) {
        page.setViewportSize(1280, 800);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-1280.png")).setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(Accessibility.violations(page)).as("axe-core on " + name).isEmpty();
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-390.png")).setFullPage(true));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as("pixels %s scrolls sideways at 390 px", name).isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 800);
    }
}
