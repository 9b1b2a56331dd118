package gov.clearance.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the open cases are screened again after an import: every node looks for cases still to screen every
 * {@code interval} and screens them {@code batchSize} at a time, one transaction per batch.
 */
@ConfigurationProperties("clearance.screening.rescreening")
record RescreeningSettings(@DefaultValue("PT1S") Duration interval, @DefaultValue("100") int batchSize) {

    RescreeningSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("clearance.screening.rescreening.batch-size must be at least 1");
        }
    }
}
