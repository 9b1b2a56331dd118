package gov.clearance.lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A case worked in the browser by the demo users, signed in on Keycloak's page: alice drafts an application
 * in steps and submits it, bianca reads the license-required explanation and refers the case to the suggested
 * agency, sam records State's position. Each main screen is checked with axe-core (WCAG 2.1 AA) and saved
 * as a screenshot in {@code target/screenshots}.
 */
class UiCaseWorkIT extends InTheBrowser {

    @Test
    void anApplicationGoesFromDraftToAnAgencyPositionThroughTheBrowser() {
        RealKeycloak.allowSignInFrom(port);
        String consignee = "Fraunhofer Institut " + UUID.randomUUID().toString().substring(0, 8);

        String controlNumber;
        try (BrowserContext alice = chromium.browser.newContext()) {
            Page page = signedIn(alice, "alice");
            link(page, "New application").click();
            assertThat(heading(page, "Applicant and contact")).isVisible();
            field(page, "Contact name").fill("Alice Example");
            field(page, "Contact phone").fill("+1 202 555 0100");
            field(page, "Contact email").fill("alice@acme.example");
            field(page, "Applicant name").fill("Acme Exports Inc.");
            field(page, "Applicant address").fill("1 Main St, Arlington VA 22201");
            nextStep(page, "Parties");
            party(page, "Purchaser", consignee);
            party(page, "Ultimate consignee", consignee);
            party(page, "End user 1", consignee);
            nextStep(page, "Items");
            field(page, "ECCN").fill("3A001.a.1");
            assertThat(page.getByText("3A001: Electronic items as follows")).isVisible();
            field(page, "Model").fill("MX-200");
            field(page, "Quantity").fill("10");
            field(page, "Unit price (USD)").fill("1500.00");
            field(page, "Total price (USD)").fill("15000.00");
            field(page, "Manufacturer").fill("Acme Sensors");
            field(page, "Technical description").fill("Focal plane array detector");
            field(page, "Total value (USD)").fill("15000.00");
            assertThat(page.getByText("Whether 3A001.a.1 needs a license to Germany depends on the item").first()).isVisible();
            screenshot(page, "applicant-items-with-license-hint");
            nextStep(page, "End use");
            field(page, "Specific end use").fill("Characterisation of infrared detectors in a university laboratory.");
            for (String question : List.of("nuclear explosive activities", "deliver weapons of mass destruction",
                    "chemical or biological weapons", "military end use", "military-intelligence",
                    "Crimea region of Ukraine")) {
                page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(Pattern.compile(question)))
                        .getByLabel("No").check();
            }
            screenshot(page, "applicant-end-use-questions");
            nextStep(page, "Signature");
            field(page, "Signed by (name)").fill("Alice Example");
            field(page, "Title").fill("Export Compliance Officer");
            button(page, "Save and come back later").click();

            assertThat(heading(page, "Draft application")).isVisible();
            field(page, "Document type").selectOption("END_USER_STATEMENT");
            page.getByLabel("PDF file (at most 25 MB)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "end-user-statement.pdf", "application/pdf", pdf()));
            button(page, "Upload the document").click();
            assertThat(button(page, "end-user-statement.pdf")).isVisible();
            link(page, "Check your answers and submit").click();
            link(page, "Continue to the declaration").click();
            page.getByLabel("I confirm the declaration above").check();
            button(page, "Accept and submit the application").click();
            Locator number = page.locator(".control-number");
            assertThat(number).hasText(Pattern.compile("[A-Z][0-9]{6}"));
            controlNumber = number.textContent().strip();
            link(page, "See application " + controlNumber).click();
            assertThat(heading(page, "Application " + controlNumber)).isVisible();
            assertThat(page.getByText("Under review").first()).isVisible();
            screenshot(page, "applicant-submitted");
        }

        try (BrowserContext bianca = chromium.browser.newContext()) {
            Page page = caseOf(bianca, "bianca", controlNumber);
            assertThat(page.getByText("Depends on the item").first()).isVisible();
            assertThat(page.getByText("missile technology").first()).isVisible();
            assertThat(page.getByText(Pattern.compile("Day \\d+ of 90"))).isVisible();
            assertThat(page.getByLabel("State (STATE) — suggested")).isChecked();
            assertThat(page.getByLabel("Defense (DOD) — suggested")).isChecked();
            assertThat(page.getByText("Now at: Review application (BIS)")).isVisible();
            assertThat(page.locator(".process-canvas .step-current")).not().hasCount(0);
            screenshot(page, "analyst-case-review");
            page.getByLabel("Energy (ENERGY)").check();
            field(page, "Proposed outcome").selectOption("APPROVE");
            field(page, "Analysis").fill("Refer to State and Defense for the missile paragraph; Energy to be sure.");
            button(page, "Record the review").click();
            assertThat(page.getByText("give the reason to refer to it").first()).isVisible();
            field(page, "Why add Energy?").fill("The detectors are used near a research reactor.");
            button(page, "Record the review").click();
            assertThat(page.getByText("Refer to DOD, ENERGY, STATE").first()).isVisible();
        }

        try (BrowserContext dan = chromium.browser.newContext()) {
            Page page = caseOf(dan, "dan", controlNumber);
            page.getByLabel("Army").check();
            field(page, "Instructions to the components").fill("Assess the military end-use risk.");
            button(page, "Request the assessments").click();
            assertThat(page.getByText("ARMY assessment")).isVisible();
        }
        try (BrowserContext ari = chromium.browser.newContext()) {
            Page page = caseOf(ari, "ari", controlNumber);
            assertThat(page.getByText("DOD's instructions (dan): Assess the military end-use risk.")).isVisible();
            field(page, "Recommendation").selectOption("APPROVE_WITH_CONDITIONS");
            field(page, "Rationale for the recommendation").fill("Acceptable with end-use checks.");
            field(page, "Recommended conditions (one per line)").fill("No reexport without prior authorization.");
            screenshot(page, "assessor-assessment");
            button(page, "Record the assessment").click();
            assertThat(page.getByText("Approve with conditions by ari")).isVisible();
        }
        try (BrowserContext dan = chromium.browser.newContext()) {
            Page page = caseOf(dan, "dan", controlNumber);
            assertThat(page.getByText("Approve with conditions by ari")).isVisible();
            // DoD adopts the Army's recommended condition as the Army wrote it
            page.getByLabel("Position", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    "APPROVE_WITH_CONDITIONS");
            field(page, "Rationale").fill("Approve with the Army's condition.");
            page.getByLabel("No reexport without prior authorization. (recommended by ARMY)").check();
            screenshot(page, "arbiter-position");
            button(page, "Record the position").click();
            assertThat(heading(page, "Record the position")).hasCount(0);
            assertThat(page.getByText("(recommended by ARMY)").first()).isVisible();
        }
        for (String reviewer : new String[] {"sam", "erin"}) {
            try (BrowserContext context = chromium.browser.newContext()) {
                Page page = caseOf(context, reviewer, controlNumber);
                recordPosition(page, "APPROVE", "No concern for our agency.", null);
                if (reviewer.equals("sam")) {
                    screenshot(page, "reviewer-position");
                }
            }
        }

        try (BrowserContext bianca = chromium.browser.newContext()) {
            Page page = caseOf(bianca, "bianca", controlNumber);
            assertThat(heading(page, "Decide the case")).isVisible();
            assertThat(page.getByText("No reexport without prior authorization.").first()).isVisible();
            field(page, "Rationale for the decision").fill("All agencies agree; the Army's condition is carried.");
            screenshot(page, "analyst-decision");
            button(page, "Record the decision").click();
            assertThat(page.getByText("Decision: Approved with conditions")).isVisible();
        }

        try (BrowserContext alice = chromium.browser.newContext()) {
            Page page = signedIn(alice, "alice");
            link(page, controlNumber).click();
            Locator download = button(page, Pattern.compile("Download license .* \\(PDF\\)"));
            for (int attempt = 0; attempt < 20 && download.count() == 0; attempt++) {
                page.waitForTimeout(500);
                page.reload();
            }
            assertThat(page.getByText("No reexport without prior authorization.")).isVisible();
            com.microsoft.playwright.Download pdf = page.waitForDownload(download::click);
            org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).endsWith(".pdf");
            screenshot(page, "applicant-license");
        }
    }

    @Test
    void anAdministratorImportsTheScreeningListAndAnAnalystSearchesTheCases() throws Exception {
        RealKeycloak.allowSignInFrom(port);
        // a 3A001 case for the search to find, whichever test runs first
        new CaseSteps(new Api(port), AgainstRealKeycloak::signIn).submitted("alice", ApplicationForms.valid());
        try (BrowserContext ada = chromium.browser.newContext()) {
            Page page = signedIn(ada, "ada");
            link(page, "Administration").click();
            assertThat(heading(page, "Administration")).isVisible();
            assertThat(page.getByText("Shipped with Clearance").first()).isVisible();
            byte[] list;
            try (var in = getClass().getClassLoader().getResourceAsStream(
                    "db/migration/reference/screening/consolidated-screening-list-sample.json")) {
                list = in.readAllBytes();
            }
            page.getByLabel("The list as trade.gov publishes it (CSV or JSON)").setInputFiles(
                    new com.microsoft.playwright.options.FilePayload("consolidated.json", "application/json", list));
            button(page, "Import and screen the open cases again").click();
            assertThat(page.getByText("57 entries imported")).isVisible();
            screenshot(page, "admin-imports");
        }
        try (BrowserContext bianca = chromium.browser.newContext()) {
            Page page = signedIn(bianca, "bianca");
            link(page, "Overdue cases").click();
            assertThat(heading(page, "Overdue cases")).isVisible();
            // the list itself, read from the server: its count, or that no case is past a deadline
            assertThat(page.getByText(Pattern.compile("overdue deadline\\(s\\) shown|No case is past a deadline"))
                    .first()).isVisible();
            screenshot(page, "analyst-overdue-list");
            link(page, "Cases").click();
            field(page, "ECCN (or its entry, e.g. 3A001)").fill("3A001");
            button(page, "Search").click();
            assertThat(page.getByText(Pattern.compile("[1-9][0-9]* case\\(s\\) found"))).isVisible();
            screenshot(page, "analyst-case-search");
        }
    }

    @Test
    void aDisputeGoesToTheOperatingCommitteeChairWhoRulesInTheBrowser() {
        RealKeycloak.allowSignInFrom(port);
        CaseSteps steps = new CaseSteps(new Api(port), AgainstRealKeycloak::signIn);
        String id = steps.submitted("alice", ApplicationForms.valid());
        steps.refer("bianca", id, "APPROVE", "STATE");
        steps.recordPosition("sam", id, java.util.Map.of("type", "DENY", "rationale", "Contrary to foreign policy.",
                "statutoryBasis", "50 U.S.C. 4813", "regulatoryBasis", "15 CFR 742.4"));
        steps.awaitStatus("oscar", id, "ESCALATED");

        try (BrowserContext oscar = chromium.browser.newContext()) {
            Page page = signedIn(oscar, "oscar");
            page.navigate("http://127.0.0.1:" + port + "/cases/" + id);
            assertThat(page.getByText("Reconciliation: Dispute")).isVisible();
            assertThat(page.getByText("Regulatory basis: 15 CFR 742.4")).isVisible();
            page.getByLabel("Ruling", new Page.GetByLabelOptions().setExact(true)).selectOption("APPROVED");
            field(page, "Rationale for the ruling").fill("The foreign policy concern is met by the end-use checks.");
            screenshot(page, "oc-chair-ruling");
            button(page, "Record the ruling").click();
            assertThat(heading(page, "Ruling on the dispute")).hasCount(0);
            assertThat(page.getByText("Ruling recorded by Oscar").first()).isVisible();
        }

        try (BrowserContext sam = chromium.browser.newContext()) {
            Page page = signedIn(sam, "sam");
            page.navigate("http://127.0.0.1:" + port + "/cases/" + id);
            assertThat(page.getByText("Operating Committee ruled approved")).isVisible();
            field(page, "Signatory").fill("Jane Official");
            field(page, "Signatory title").fill("Assistant Secretary of State");
            field(page, "Statutory basis of the appeal").fill("50 U.S.C. 4813");
            field(page, "Regulatory basis of the appeal").fill("15 CFR 742.4");
            field(page, "Statement").fill("The ruling disregards the foreign policy concern.");
            button(page, "File the appeal").click();
            assertThat(page.locator(".field-error").first()).isVisible();
            assertThat(field(page, "Signatory")).hasValue("Jane Official");
            page.getByLabel("The signatory is Senate-confirmed").check();
            button(page, "File the appeal").click();
            assertThat(page.getByText("STATE appeals to Advisory Committee on Export Policy")).isVisible();
            screenshot(page, "agency-appeal");
        }

        try (BrowserContext dex = chromium.browser.newContext()) {
            Page page = signedIn(dex, "dex");
            page.navigate("http://127.0.0.1:" + port + "/cases/" + id);
            assertThat(heading(page, "Your board vote")).isVisible();
            field(page, "Vote").selectOption("APPROVED");
            field(page, "Rationale for the vote").fill("Defense sees no risk in the end use.");
            screenshot(page, "board-vote");
            button(page, "Cast the vote").click();
            assertThat(page.getByText("Votes: 1 to approve, 0 to deny")).isVisible();
        }
    }

    @Test
    void anApplicantDraftsWithTheKeyboardAlone() {
        RealKeycloak.allowSignInFrom(port);
        try (BrowserContext alice = chromium.browser.newContext()) {
            Page page = signedIn(alice, "alice");
            tabTo(page, "New application");
            page.keyboard().press("Enter");
            assertThat(heading(page, "Applicant and contact")).isVisible();
            tabTo(page, "Contact name");
            page.keyboard().type("Alice Example");
            tabTo(page, "Contact email");
            page.keyboard().type("not-an-email");
            tabTo(page, "Continue");
            page.keyboard().press("Enter");
            Locator summary = page.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setName("There is a problem"));
            assertThat(summary).isFocused();
            assertThat(field(page, "Contact name")).hasValue("Alice Example");
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(field(page, "Contact email")).isFocused();
        }
    }

    /** Presses Tab until the element with this accessible name has the focus (at most 60 times). */
    private static void tabTo(Page page, String name) {
        for (int presses = 0; presses < 60; presses++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => { const e = document.activeElement; if (!e) return ''; "
                    + "const label = e.labels && e.labels.length ? e.labels[0].textContent : ''; "
                    + "return (e.getAttribute('aria-label') || label || e.textContent || '').trim(); }");
            if (focused != null && focused.toString().startsWith(name)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + name + "\"");
    }

    @Test
    void theApplicantAnswersBissQuestionInTheBrowser() {
        RealKeycloak.allowSignInFrom(port);
        CaseSteps steps = new CaseSteps(new Api(port), AgainstRealKeycloak::signIn);
        String id = steps.submitted("alice", ApplicationForms.valid());

        try (BrowserContext bianca = chromium.browser.newContext()) {
            Page page = signedIn(bianca, "bianca");
            page.navigate("http://127.0.0.1:" + port + "/cases/" + id);
            field(page, "Action").selectOption("REQUEST_INFORMATION");
            field(page, "Question to the applicant").fill("Who operates the detectors, and where?");
            button(page, "Record the review").click();
            assertThat(page.getByText("Request information by bianca").first()).isVisible();
        }
        try (BrowserContext alice = chromium.browser.newContext()) {
            Page page = signedIn(alice, "alice");
            page.navigate("http://127.0.0.1:" + port + "/applications/" + id);
            assertThat(page.getByText("Who operates the detectors, and where?")).isVisible();
            field(page, "Your answer").fill("The university's optics laboratory in Munich; staff physicists only.");
            screenshot(page, "applicant-answers-question");
            button(page, "Send the answer").click();
            assertThat(heading(page, "BIS asks")).hasCount(0);
            assertThat(page.getByText("Under review").first()).isVisible();
        }

        try (BrowserContext bianca = chromium.browser.newContext()) {
            Page page = signedIn(bianca, "bianca");
            page.navigate("http://127.0.0.1:" + port + "/cases/" + id);
            field(page, "Hold the case for").selectOption("CONDITIONS_ACCEPTANCE");
            field(page, "Why the case is held").fill("Proposed condition: no reexport without prior authorization.");
            button(page, "Place the hold").click();
            assertThat(page.getByText("Holds: the clock is stopped")).isVisible();
        }
        try (BrowserContext alice = chromium.browser.newContext()) {
            Page page = signedIn(alice, "alice");
            page.navigate("http://127.0.0.1:" + port + "/applications/" + id);
            assertThat(heading(page, "BIS proposes conditions")).isVisible();
            screenshot(page, "applicant-proposed-conditions");
            button(page, "Accept the conditions").click();
            assertThat(heading(page, "BIS proposes conditions")).hasCount(0);
            assertThat(page.getByText("Conditions accepted by Alice").first()).isVisible();
        }
    }

    private static byte[] pdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Page caseOf(BrowserContext context, String user, String controlNumber) {
        Page page = signedIn(context, user);
        assertThat(heading(page, "Task list")).isVisible();
        // the queue is long and sorted by due date: find the case in it by its control number
        page.getByLabel("Case or applicant").fill(controlNumber);
        // the task may be created a moment after the step before it (the process runs some steps as jobs)
        for (int attempt = 0; attempt < 20 && link(page, controlNumber).count() == 0; attempt++) {
            page.waitForTimeout(500);
            page.reload();
            assertThat(heading(page, "Task list")).isVisible();
            page.getByLabel("Case or applicant").fill(controlNumber);
        }
        link(page, controlNumber).first().click();
        assertThat(heading(page, "Case " + controlNumber)).isVisible();
        return page;
    }

    private static void recordPosition(Page page, String type, String rationale, String conditions) {
        page.getByLabel("Position", new Page.GetByLabelOptions().setExact(true)).selectOption(type);
        field(page, "Rationale").fill(rationale);
        if (conditions != null) {
            field(page, "Conditions (one per line)").fill(conditions);
        }
        button(page, "Record the position").click();
        assertThat(page.getByText(Pattern.compile("No position yet|Approve"))).not().hasCount(0);
        assertThat(heading(page, "Record the position")).hasCount(0);
    }

    /** Continues to the next step, which the server checked and saved. */
    private static void nextStep(Page page, String step) {
        button(page, "Continue").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(step).setExact(true)
                .setLevel(1))).isVisible();
    }

    /** Saves the screen as test output, and checks it against WCAG 2.1 AA with axe-core. */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(Accessibility.violations(page)).as("axe-core on " + name).isEmpty();
    }
}
