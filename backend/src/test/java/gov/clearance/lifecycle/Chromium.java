package gov.clearance.lifecycle;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The browser the UI tests drive: the machine's Chromium when there is one (CLEARANCE_CHROMIUM, or
 * Debian's /usr/bin/chromium), which Playwright must then not download a browser for; otherwise the
 * Chromium Playwright fetches for itself, as on an ordinary developer machine. It remembers every
 * Content-Security-Policy violation the browser reports, in any of its contexts.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> QUIET_AND_CONTAINED = List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic");

    private final Playwright playwright;
    final Browser browser;
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    Chromium() {
        Optional<Path> installed = installed();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(installed.isPresent()
                ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true);
        installed.ifPresent(executable -> launch.setExecutablePath(executable).setArgs(QUIET_AND_CONTAINED));
        browser = watchingNewContexts(playwright.chromium().launch(launch));
    }

    /** The policy violations reported on pages whose address starts with the given one, each after its page. */
    List<String> policyViolationsAt(String address) {
        return policyViolations.stream().filter(violation -> violation.startsWith(address)).toList();
    }

    /** The browser, whose every new context reports policy violations here. */
    private Browser watchingNewContexts(Browser launched) {
        return (Browser) Proxy.newProxyInstance(Browser.class.getClassLoader(), new Class<?>[] {Browser.class},
                (proxy, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(launched, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof BrowserContext context) {
                        context.onConsoleMessage(message -> {
                            if (message.text().contains("violates the following Content Security Policy")) {
                                policyViolations.add((message.page() == null ? "" : message.page().url()) + ": "
                                        + message.text());
                            }
                        });
                    }
                    return result;
                });
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
