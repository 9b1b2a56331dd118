package gov.clearance.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The answers given to requests sent with an {@code Idempotency-Key}, by owner and key. Every method runs in
 * the caller's transaction, so a key is claimed, answered and remembered together with the change the
 * request made, or not at all.
 */
@Component
class RememberedResponses {

    /** What was answered the first time; a {@code status} of null means the first request is still running. */
    record RememberedResponse(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final IdempotencySettings settings;
    private final Clock realTime = Clock.systemUTC();
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    RememberedResponses(JdbcTemplate jdbc, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Claims the key for a request with this fingerprint. Returns false when the owner has used the key
     * before; a claim by a request still running elsewhere is waited for, since PostgreSQL holds the
     * conflicting insert until that transaction ends.
     */
    boolean claim(String owner, String key, String fingerprint) {
        return jdbc.update("insert into web_idempotent_request (owner, idempotency_key, fingerprint) values (?, ?, ?) "
                + "on conflict do nothing", owner, key, fingerprint) == 1;
    }

    Optional<RememberedResponse> find(String owner, String key) {
        List<RememberedResponse> found = jdbc.query("select fingerprint, response_status, response_content_type, "
                + "response_location, response_body from web_idempotent_request where owner = ? and idempotency_key = ?",
                (row, number) -> new RememberedResponse(row.getString(1), (Integer) row.getObject(2), row.getString(3),
                        row.getString(4), row.getBytes(5)), owner, key);
        return found.stream().findFirst();
    }

    void remember(String owner, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("update web_idempotent_request set response_status = ?, response_content_type = ?, "
                + "response_location = ?, response_body = ? where owner = ? and idempotency_key = ?",
                status, contentType, location, body, owner, key);
    }

    /** Forgets keys older than the retention, at most once a minute on this node. */
    void forgetExpired() {
        Instant now = realTime.instant();
        Instant previous = lastPurge.get();
        if (now.isBefore(previous.plus(PURGE_INTERVAL)) || !lastPurge.compareAndSet(previous, now)) {
            return;
        }
        jdbc.update("delete from web_idempotent_request where created_at < ?",
                Timestamp.from(now.minus(settings.retention())));
    }
}
