package gov.clearance.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's access table is the policy's: a change to either without the other fails here. */
class AccessRulesTest {

    private static final String BEGIN = "<!-- access-rules: generated from the access policy (AccessRules) -->\n";
    private static final String END = "<!-- access-rules: end -->";

    @Test
    void theReadmeStatesTheAccessRulesThePolicyApplies() throws IOException {
        Path readme = Files.exists(Path.of("README.md")) && Files.exists(Path.of("backend"))
                ? Path.of("README.md") : Path.of("..", "README.md");
        String text = Files.readString(readme);
        // the table as the policy states it, to copy into the README when the policy changes
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "access-rules.md"), AccessRules.markdown());
        assertThat(text).as("the README's security section").contains(BEGIN).contains(END);
        String stated = text.substring(text.indexOf(BEGIN) + BEGIN.length(), text.indexOf(END));
        assertThat(stated).as("the README's access table; copy backend/target/access-rules.md there")
                .isEqualTo(AccessRules.markdown());
    }

    @Test
    void everyActionIsTakenThroughAnEndpoint() {
        for (CaseAction action : CaseAction.values()) {
            assertThat(GuardedEndpoints.GUARDS).as("endpoints of %s", action)
                    .anyMatch(guard -> guard.action() == action);
        }
    }
}
