package gov.clearance.lifecycle;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs axe-core (installed with the front end's dev dependencies) on the page as it stands. */
final class Accessibility {

    private static final Path AXE = Path.of("..", "frontend", "node_modules", "axe-core", "axe.min.js");

    private Accessibility() {
    }

    /** Every WCAG 2.1 A and AA rule the page breaks, as "rule: help (n elements)". */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        if (!Files.exists(AXE)) {
            throw new IllegalStateException("axe-core is missing at " + AXE.toAbsolutePath()
                    + "; the front end's build installs it");
        }
        // evaluated by the browser's debugging protocol, which the page's Content-Security-Policy does not govern;
        // a script tag of it would be inline script, which the policy refuses
        try {
            page.evaluate("() => { " + Files.readString(AXE) + "\n}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("async () => (await axe.run("
                + "document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))"
                + ".violations.map(v => ({ id: v.id, help: v.help, count: v.nodes.length, "
                + "targets: v.nodes.map(n => n.target.join(' ')).join(', ') }))");
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            violations.add(violation.get("id") + ": " + violation.get("help") + " (" + violation.get("count")
                    + " elements: " + violation.get("targets") + ")");
        }
        return violations;
    }
}
