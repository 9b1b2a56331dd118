package gov.clearance.lifecycle;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a temporary embedded PostgreSQL, accepting the tokens of the {@link TestIssuer}
 * (fast, and free to invent extra people). Every test class extending this one shares the same
 * application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearance.database.embedded.data-directory=", "server.address=127.0.0.1", "clearance.documents.directory=target/test-documents",
            "clearance.intake.status-count-compaction-interval=PT2S"})
public abstract class AgainstTestIssuer {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("clearance.identity.issuer", TestIssuer.get()::issuerUri);
    }

    @LocalServerPort
    protected int port;
}
