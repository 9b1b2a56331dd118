package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.lifecycle.Api.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with an adjustable clock, for tests that move time through the admin API instead
 * of waiting. It runs on a database of its own, since moving time moves the process engine's clock,
 * and is closed after each test class, which puts the engine's clock back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearance.database.embedded.data-directory=target/adjustable-clock-postgres-${random.uuid}",
            "server.address=127.0.0.1", "clearance.documents.directory=target/test-documents", "clearance.clock.adjustable=true"})
@DirtiesContext
public abstract class WithAdjustableClock {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("clearance.identity.issuer", TestIssuer.get()::issuerUri);
    }

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    protected CaseSteps steps() {
        return CaseSteps.signedByTestIssuer(api);
    }

    /** Moves the application's (and the engine's) time forward by whole days; whatever became due has run. */
    protected void advanceDays(int days) {
        Reply moved = api.post(ADA, "/api/admin/clock", Map.of("advanceDays", days));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
    }

    /** Today in US Eastern time, by the application's clock. */
    protected LocalDate today() {
        String now = api.get(ADA, "/api/admin/clock").text("now");
        return Instant.parse(now).atZone(ZoneId.of("America/New_York")).toLocalDate();
    }
}
