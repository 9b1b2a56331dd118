package gov.clearance.lifecycle;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The browser the UI tests drive: the machine's Chromium when there is one (CLEARANCE_CHROMIUM, or
 * Debian's /usr/bin/chromium), which Playwright must then not download a browser for; otherwise the
 * Chromium Playwright fetches for itself, as on an ordinary developer machine.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> QUIET_AND_CONTAINED = List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic");

    private final Playwright playwright;
    final Browser browser;

    Chromium() {
        Optional<Path> installed = installed();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(installed.isPresent()
                ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true);
        installed.ifPresent(executable -> launch.setExecutablePath(executable).setArgs(QUIET_AND_CONTAINED));
        browser = playwright.chromium().launch(launch);
    }

    private static Optional<Path> installed() {
        String configured = System.getenv("CLEARANCE_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
