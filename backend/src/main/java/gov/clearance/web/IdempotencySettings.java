package gov.clearance.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How retried requests are recognised: the answer to a request sent with an {@code Idempotency-Key} is kept
 * for {@code retention} (a day unless told otherwise); a retry after that is a new request.
 */
@ConfigurationProperties("clearance.web.idempotency")
record IdempotencySettings(@DefaultValue("PT24H") Duration retention) {
}
